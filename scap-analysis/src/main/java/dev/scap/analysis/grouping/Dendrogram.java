package dev.scap.analysis.grouping;

import dev.scap.model.CityId;
import java.util.List;
import java.util.Objects;

/**
 * The merges of agglomerative clustering, lowest first, in SciPy's linkage layout, so analysts
 * can plot it with {@code scipy.cluster.hierarchy.dendrogram}. Immutable and thread-safe.
 *
 * @param leaves the cities, in document order: leaf i is city i
 * @param linkage the linkage used
 * @param merges the n - 1 merges, by non-decreasing distance; merges at the same distance come
 *     in document order of their lowest leaf
 */
public record Dendrogram(List<CityId> leaves, Linkage linkage, List<Merge> merges) {

  /**
   * Creates a dendrogram.
   *
   * @param leaves the cities
   * @param linkage the linkage
   * @param merges the merges
   * @throws NullPointerException if an argument is {@code null}
   */
  public Dendrogram {
    leaves = List.copyOf(leaves);
    Objects.requireNonNull(linkage, "linkage");
    merges = List.copyOf(merges);
  }

  /**
   * Returns the leaves in the order a plot of the dendrogram shows them (left to right), so
   * that a heatmap in this order shows peer groups as blocks.
   *
   * @return leaf indexes
   */
  public int[] leafOrder() {
    int n = leaves.size();
    int[] order = new int[n];
    if (n == 0) {
      return order;
    }
    int[] count = {0};
    visit(n == 1 ? 0 : n + merges.size() - 1, n, order, count);
    return order;
  }

  private void visit(int cluster, int n, int[] order, int[] count) {
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    stack.push(cluster);
    while (!stack.isEmpty()) {
      int c = stack.pop();
      if (c < n) {
        order[count[0]++] = c;
      } else {
        Merge merge = merges.get(c - n);
        stack.push(merge.right());
        stack.push(merge.left());
      }
    }
  }
}
