/** Seating cities at themed mini roundtables: an optimal plan by minimum-cost flow on exact costs. */
package dev.scap.analysis.roundtable;
