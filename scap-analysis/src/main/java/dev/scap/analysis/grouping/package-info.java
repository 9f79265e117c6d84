/** Peer groups of cities: by theme, connected components, and agglomerative clustering. */
package dev.scap.analysis.grouping;
