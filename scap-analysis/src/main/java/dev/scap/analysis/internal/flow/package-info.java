/** Network flows for the roundtable plan: minimum-cost flow and maximum flow, exact on integers. */
package dev.scap.analysis.internal.flow;
