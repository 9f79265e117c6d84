package dev.scap.analysis.grouping;

/**
 * One row of a dendrogram in SciPy's linkage layout: clusters {@code left} and {@code right}
 * merge at {@code distance} into a cluster of {@code size} cities. Leaves are numbered 0..n-1 in
 * the order of the cities in the document; the cluster made by row r is numbered n + r.
 * Immutable.
 *
 * @param left the smaller of the two clusters' numbers
 * @param right the larger
 * @param distance 1 - similarity, under the linkage; {@link Dendrogram#similarities()} holds
 *     the similarity itself
 * @param size the number of cities in the merged cluster
 */
public record Merge(int left, int right, double distance, int size) {}
