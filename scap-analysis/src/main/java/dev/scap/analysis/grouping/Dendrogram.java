package dev.scap.analysis.grouping;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.CityId;
import java.util.List;
import java.util.Objects;

/**
 * The merges of agglomerative clustering, lowest first, in SciPy's linkage layout, so analysts
 * can plot it with {@code scipy.cluster.hierarchy.dendrogram}; and beside them, the linkage
 * similarity of each merge, on which {@link PeerGrouping#cutAt(Dendrogram, double) cutAt}
 * decides, and the overlap it was made from, whose profiles and scores describe the groups of a
 * cut. Immutable and thread-safe.
 *
 * <p>A merge's distance is 1 - its similarity, rounded to a double; the rounding can make
 * similarities an ulp apart share a distance (1 - nextDown(0.5) is 0.5), so a cut at a
 * similarity threshold reads the similarities, not the distances.
 *
 * <p>Two dendrograms are equal when they have the same leaves, linkage, merges and similarities,
 * and were made from the same overlap, or from overlaps made with the same options that give
 * the same cities the same profiles over the same themes (as two {@link ThemeOverlap}s of one
 * document are), or both from none: equal dendrograms cut into equal groups.
 *
 * @param leaves the cities, in document order: leaf i is city i
 * @param linkage the linkage used
 * @param merges the n - 1 merges, by non-decreasing distance; merges at the same distance come
 *     by decreasing similarity, then in document order of their lowest leaf
 * @param similarities the linkage similarity of each merge, row by row: for single and
 *     complete linkage the score of the pair of cities that links the two clusters, for
 *     average linkage the mean of the scores between them
 * @param overlap the overlap it was made from, whose cities are its leaves; {@code null} for a
 *     dendrogram made from its merges alone, which only the cuts that are given the overlap,
 *     such as {@link PeerGrouping#cut(ThemeOverlap, Dendrogram, int)}, can cut
 */
public record Dendrogram(List<CityId> leaves, Linkage linkage, List<Merge> merges,
    List<Double> similarities, ThemeOverlap overlap) {

  /**
   * Creates a dendrogram.
   *
   * @param leaves the cities
   * @param linkage the linkage
   * @param merges the merges
   * @param similarities the similarity of each merge
   * @param overlap the overlap it was made from, or {@code null}
   * @throws NullPointerException if an argument but {@code overlap}, or a similarity, is
   *     {@code null}
   * @throws IllegalArgumentException if there are not as many similarities as merges, or the
   *     leaves are not the overlap's cities
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
    if (overlap != null && !overlap.cities().equals(leaves)) {
      throw new IllegalArgumentException("the " + leaves.size() + " leaves are not the "
          + overlap.cities().size() + " cities of the overlap, in order");
    }
  }

  /**
   * Creates a dendrogram that does not hold the overlap it was made from.
   *
   * @param leaves the cities
   * @param linkage the linkage
   * @param merges the merges
   * @param similarities the similarity of each merge
   * @throws NullPointerException if an argument or a similarity is {@code null}
   * @throws IllegalArgumentException if there are not as many similarities as merges
   */
  public Dendrogram(List<CityId> leaves, Linkage linkage, List<Merge> merges,
      List<Double> similarities) {
    this(leaves, linkage, merges, similarities, null);
  }

  /**
   * Creates a dendrogram from its merges alone, as SciPy's layout holds them: the similarity
   * of each merge is taken as 1 - its distance, and it holds no overlap.
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

  /**
   * Tells whether two overlaps give the same groups: the same one, or two made with the same
   * options that give the same cities the same profiles over the same themes, and so the same
   * scores.
   */
  static boolean sameOverlap(ThemeOverlap a, ThemeOverlap b) {
    return a == b || a != null && b != null && a.options().equals(b.options())
        && a.themes().equals(b.themes()) && a.cities().equals(b.cities())
        && a.profiles().equals(b.profiles());
  }

  /**
   * Tells whether another object is a dendrogram equal to this one: with the same leaves,
   * linkage, merges and similarities, made from the same overlap or one that gives the same
   * groups (see the type's description), or both from none.
   *
   * @param other the object
   * @return whether it is an equal dendrogram
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Dendrogram that && leaves.equals(that.leaves)
        && linkage == that.linkage && merges.equals(that.merges)
        && similarities.equals(that.similarities) && sameOverlap(overlap, that.overlap);
  }

  /**
   * Returns a hash code consistent with {@link #equals}: from the leaves, linkage, merges,
   * similarities and the options of the overlap.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(leaves, linkage, merges, similarities,
        overlap == null ? null : overlap.options());
  }

  /**
   * Returns the dendrogram as text, its overlap by its options.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Dendrogram[leaves=" + leaves + ", linkage=" + linkage + ", merges=" + merges
        + ", similarities=" + similarities + ", overlap="
        + (overlap == null ? null : "of " + overlap.options()) + "]";
  }
}
