package dev.scap.analysis.internal;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.Merge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Agglomerative clustering by the nearest-neighbour chain (Murtagh 1983; Müllner 2011). */
public final class NnChain {

  private NnChain() {}

  /**
   * Clusters n items agglomeratively by the nearest-neighbour chain, O(n²) time, then orders
   * the merges as SciPy numbers them: by distance, ties in order of their lowest item, never
   * before the merges that made their two clusters.
   *
   * @param similarities the condensed similarities; distance is 1 - similarity
   * @param n the number of items
   * @param linkage the linkage
   * @return the n - 1 merges, in SciPy's layout
   */
  public static List<Merge> linkage(double[] similarities, int n, Linkage linkage) {
    double[] d = new double[similarities.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = 1 - similarities[i];
    }
    boolean[] active = new boolean[n];
    Arrays.fill(active, true);
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] chain = new int[n];
    int top = 0;
    List<double[]> raw = new ArrayList<>();
    int[] lastMergeOfSlot = new int[n];
    Arrays.fill(lastMergeOfSlot, -1);
    List<int[]> prerequisites = new ArrayList<>();
    int remaining = n;
    while (remaining > 1) {
      if (top == 0) {
        int first = 0;
        while (!active[first]) {
          first++;
        }
        chain[top++] = first;
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
      for (int k = 0; k < n; k++) {
        if (active[k] && k != a && k != b) {
          d[at(n, keep, k)] = linkage.update(d[at(n, keep, k)], d[at(n, gone, k)], size[keep],
              size[gone]);
        }
      }
      prerequisites.add(new int[] {lastMergeOfSlot[keep], lastMergeOfSlot[gone]});
      raw.add(new double[] {keep, gone, best});
      lastMergeOfSlot[keep] = raw.size() - 1;
      size[keep] += size[gone];
      active[gone] = false;
      remaining--;
    }
    return order(raw, prerequisites, n);
  }

  /**
   * Orders the merges by distance, ties in document order of their lowest leaf, never before
   * the merges that made their two clusters; then numbers clusters as SciPy does.
   */
  private static List<Merge> order(List<double[]> raw, List<int[]> prerequisites, int n) {
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
    while (!ready.isEmpty()) {
      int i = ready.poll();
      int keep = (int) raw.get(i)[0];
      int gone = (int) raw.get(i)[1];
      int left = Math.min(clusterOfSlot[keep], clusterOfSlot[gone]);
      int right = Math.max(clusterOfSlot[keep], clusterOfSlot[gone]);
      int size = sizeOfSlot[keep] + sizeOfSlot[gone];
      merges.add(new Merge(left, right, raw.get(i)[2], size));
      clusterOfSlot[keep] = n + merges.size() - 1;
      sizeOfSlot[keep] = size;
      for (int next : dependents.get(i)) {
        if (--waiting[next] == 0) {
          ready.add(next);
        }
      }
    }
    return merges;
  }

  private static int at(int n, int i, int j) {
    return i < j ? AllPairs.condensedIndex(n, i, j) : AllPairs.condensedIndex(n, j, i);
  }
}
