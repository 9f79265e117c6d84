package dev.scap.analysis.internal;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.Merge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering by the nearest-neighbour chain (Murtagh 1983; Müllner 2011).
 *
 * <p>Besides its distance, every merge carries its linkage similarity, so that a cut at a
 * similarity threshold can decide on the similarity itself, as {@code >=} on the pair scores
 * does: the distance 1 - s is rounded, and a similarity an ulp below the threshold can round
 * to the threshold's distance exactly (1 - nextDown(0.5) is 0.5).
 * <ul>
 *   <li>single and complete linkage cluster on the similarities themselves (negated, so that
 *       the nearest is the least): a merge's similarity is the score of one pair of its items,
 *       and its distance is 1 - that score, the same double as the Lance–Williams update on
 *       the distances gives, since rounding 1 - s keeps the order of the scores;
 *   <li>average linkage clusters on the distances, as before; a merge's similarity is the mean
 *       of the scores between its two clusters, added up from the scores themselves.
 * </ul>
 * Either way the working array is the one of n(n-1)/2 doubles, beside the similarities.
 */
public final class NnChain {

  private NnChain() {}

  /**
   * The merges of a clustering, in SciPy's layout, and the linkage similarity of each.
   *
   * @param merges the n - 1 merges
   * @param similarities the linkage similarity of merge r at index r
   */
  public record Clustering(List<Merge> merges, List<Double> similarities) {}

  /**
   * Clusters n items agglomeratively by the nearest-neighbour chain, O(n²) time, then orders
   * the merges as SciPy numbers them: by distance, ties by decreasing linkage similarity and
   * then in order of their lowest item, never before the merges that made their two clusters.
   *
   * @param similarities the condensed similarities; distance is 1 - similarity
   * @param n the number of items
   * @param linkage the linkage
   * @return the n - 1 merges, in SciPy's layout
   */
  public static List<Merge> linkage(double[] similarities, int n, Linkage linkage) {
    return cluster(similarities, n, linkage).merges();
  }

  /**
   * Clusters n items as {@link #linkage} does and also returns each merge's linkage
   * similarity: for single and complete linkage the score of the pair that links the two
   * clusters, for average linkage the mean of the scores between them. Merges at the same
   * distance come by decreasing similarity, then in order of their lowest item; so, but for
   * rounding in average linkage, the similarities never increase from one row to the next.
   *
   * @param similarities the condensed similarities; not modified
   * @param n the number of items
   * @param linkage the linkage
   * @return the n - 1 merges, in SciPy's layout, and their similarities
   */
  public static Clustering cluster(double[] similarities, int n, Linkage linkage) {
    boolean onSimilarities = linkage != Linkage.AVERAGE;
    // The key to minimise: -s for single and complete (min and max of -s are -max and -min of
    // s, exact), 1 - s for average (the Lance-Williams mean of the distances, as SciPy does).
    double[] d = new double[similarities.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = onSimilarities ? -similarities[i] : 1 - similarities[i];
    }
    boolean[] active = new boolean[n];
    Arrays.fill(active, true);
    int[] size = new int[n];
    Arrays.fill(size, 1);
    // the items of the cluster in each slot, as a linked list: first, next, last
    int[] first = new int[n];
    Arrays.setAll(first, i -> i);
    int[] last = first.clone();
    int[] next = new int[n];
    Arrays.fill(next, -1);
    int[] chain = new int[n];
    int top = 0;
    List<double[]> raw = new ArrayList<>();
    int[] lastMergeOfSlot = new int[n];
    Arrays.fill(lastMergeOfSlot, -1);
    List<int[]> prerequisites = new ArrayList<>();
    int remaining = n;
    while (remaining > 1) {
      if (top == 0) {
        int start = 0;
        while (!active[start]) {
          start++;
        }
        chain[top++] = start;
      }
      int a = chain[top - 1];
      int previous = top >= 2 ? chain[top - 2] : -1;
      int b = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        if (k == a || !active[k]) {
          continue;
        }
        double dk = d[at(n, a, k)];
        if (dk < best) {
          best = dk;
          b = k;
        }
      }
      if (previous >= 0 && d[at(n, a, previous)] == best) {
        b = previous;
      }
      if (b != previous) {
        chain[top++] = b;
        continue;
      }
      top -= 2;
      int keep = Math.min(a, b);
      int gone = Math.max(a, b);
      double similarity = onSimilarities ? -best
          : meanBetween(similarities, n, first, next, keep, gone, size);
      double distance = onSimilarities ? 1 - similarity : best;
      for (int k = 0; k < n; k++) {
        if (active[k] && k != a && k != b) {
          d[at(n, keep, k)] = linkage.update(d[at(n, keep, k)], d[at(n, gone, k)], size[keep],
              size[gone]);
        }
      }
      prerequisites.add(new int[] {lastMergeOfSlot[keep], lastMergeOfSlot[gone]});
      raw.add(new double[] {keep, gone, distance, similarity});
      lastMergeOfSlot[keep] = raw.size() - 1;
      size[keep] += size[gone];
      next[last[keep]] = first[gone];
      last[keep] = last[gone];
      active[gone] = false;
      remaining--;
    }
    return order(raw, prerequisites, n);
  }

  /** The mean of the similarities between the items of the clusters in two slots. */
  private static double meanBetween(double[] similarities, int n, int[] first, int[] next,
      int x, int y, int[] size) {
    double sum = 0;
    for (int i = first[x]; i >= 0; i = next[i]) {
      for (int j = first[y]; j >= 0; j = next[j]) {
        sum += similarities[at(n, i, j)];
      }
    }
    return sum / ((double) size[x] * size[y]);
  }

  /**
   * Orders the merges by distance, ties by decreasing similarity and then in document order of
   * their lowest leaf, never before the merges that made their two clusters, whose distance a
   * merge takes if rounding left it lower; then numbers clusters as SciPy does.
   */
  private static Clustering order(List<double[]> raw, List<int[]> prerequisites, int n) {
    int m = raw.size();
    int[] waiting = new int[m];
    List<List<Integer>> dependents = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      dependents.add(new ArrayList<>());
    }
    for (int i = 0; i < m; i++) {
      for (int p : prerequisites.get(i)) {
        if (p >= 0) {
          waiting[i]++;
          dependents.get(p).add(i);
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator
        .comparingDouble((Integer i) -> raw.get(i)[2])
        .thenComparingDouble(i -> -raw.get(i)[3])
        .thenComparingDouble(i -> raw.get(i)[0]));
    for (int i = 0; i < m; i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    int[] clusterOfSlot = new int[n];
    Arrays.setAll(clusterOfSlot, i -> i);
    int[] sizeOfSlot = new int[n];
    Arrays.fill(sizeOfSlot, 1);
    List<Merge> merges = new ArrayList<>(m);
    List<Double> similarities = new ArrayList<>(m);
    while (!ready.isEmpty()) {
      int i = ready.poll();
      int keep = (int) raw.get(i)[0];
      int gone = (int) raw.get(i)[1];
      int left = Math.min(clusterOfSlot[keep], clusterOfSlot[gone]);
      int right = Math.max(clusterOfSlot[keep], clusterOfSlot[gone]);
      int size = sizeOfSlot[keep] + sizeOfSlot[gone];
      similarities.add(raw.get(i)[3]);
      merges.add(new Merge(left, right, raw.get(i)[2], size));
      clusterOfSlot[keep] = n + merges.size() - 1;
      sizeOfSlot[keep] = size;
      for (int next : dependents.get(i)) {
        // Never below a merge that made it: average linkage's means are rounded, and a
        // parent an ulp below its child would be the one row where the distance goes down.
        raw.get(next)[2] = Math.max(raw.get(next)[2], raw.get(i)[2]);
        if (--waiting[next] == 0) {
          ready.add(next);
        }
      }
    }
    return new Clustering(merges, similarities);
  }

  private static int at(int n, int i, int j) {
    return i < j ? AllPairs.condensedIndex(n, i, j) : AllPairs.condensedIndex(n, j, i);
  }
}
