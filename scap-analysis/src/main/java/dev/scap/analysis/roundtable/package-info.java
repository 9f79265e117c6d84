/** Seating cities at themed mini roundtables: an optimal plan by minimum-cost flow, exact. */
package dev.scap.analysis.roundtable;
