package dev.scap.analysis.grouping;

import dev.scap.model.CityId;
import java.util.List;
import java.util.Objects;

/**
 * The merges of agglomerative clustering, lowest first, in SciPy's linkage layout, so analysts
 * can plot it with {@code scipy.cluster.hierarchy.dendrogram}; and beside them, the linkage
 * similarity of each merge, on which a cut at a threshold ({@link Clustering#cutAt(double)})
 * decides. Plain data, to serialize or plot: ids, a linkage, numbers. It does not hold the
 * overlap it was made from; {@link Clustering} keeps the two together to cut it. Immutable and
 * thread-safe.
 *
 * <p>A merge's distance is 1 - its similarity, rounded to a double; the rounding can make
 * similarities an ulp apart share a distance (1 - nextDown(0.5) is 0.5), so a cut at a
 * similarity threshold reads the similarities, not the distances. From
 * {@link PeerGrouping#hierarchical}, merges whose exact similarities are equal hold the same
 * double.
 *
 * <p>Two dendrograms are equal when their leaves, linkage, merges and similarities are.
 *
 * @param leaves the cities, in document order: leaf i is city i
 * @param linkage the linkage used
 * @param merges the n - 1 merges, in the order they were made: by non-decreasing distance;
 *     among merges of equal exact similarity, by the lowest leaves of their two clusters,
 *     (smaller, larger) in document order
 * @param similarities the linkage similarity of each merge, row by row: for single and
 *     complete linkage the score of the pair of cities that links the two clusters, for
 *     average linkage the mean of the scores between them
 */
public record Dendrogram(List<CityId> leaves, Linkage linkage, List<Merge> merges,
    List<Double> similarities) {

  /**
   * Creates a dendrogram.
   *
   * @param leaves the cities
   * @param linkage the linkage
   * @param merges the merges
   * @param similarities the similarity of each merge
   * @throws NullPointerException if an argument or a similarity is {@code null}
   * @throws IllegalArgumentException if there are not as many similarities as merges
   */
  public Dendrogram {
    leaves = List.copyOf(leaves);
    Objects.requireNonNull(linkage, "linkage");
    merges = List.copyOf(merges);
    similarities = List.copyOf(similarities);
    if (similarities.size() != merges.size()) {
      throw new IllegalArgumentException(similarities.size() + " similarities for "
          + merges.size() + " merges");
    }
  }

  /**
   * Creates a dendrogram from its merges alone, as SciPy's layout holds them: the similarity
   * of each merge is taken as 1 - its distance.
   *
   * @param leaves the cities
   * @param linkage the linkage
   * @param merges the merges
   * @throws NullPointerException if an argument is {@code null}
   */
  public Dendrogram(List<CityId> leaves, Linkage linkage, List<Merge> merges) {
    this(leaves, linkage, merges, merges.stream().map(m -> 1 - m.distance()).toList());
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
