package dev.scap.analysis.timetable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The tables as vertices 0 to n − 1 (in table-number order), adjacent when they share a city or
 * an organization. Each city and each organization gives a group: the tables it attends, a
 * clique. Built in O(Σ over tables of the group sizes of its members) time.
 */
final class ConflictGraph {

  final int n;
  /** Each vertex's neighbours, ascending. */
  final int[][] neighbours;
  /** Each city's and organization's tables, ascending: cities in id order, then organizations. */
  final int[][] groups;
  /**
   * Each vertex's place from highest degree to lowest, ties by lowest index: the order in which
   * the greedy choices of {@link #clique} and {@link Colouring#dsatur} prefer them.
   */
  final int[] place;
  /** The vertex at each place of that order. */
  final int[] preferred;

  ConflictGraph(int n, Collection<int[]> groups) {
    this.n = n;
    this.groups = groups.toArray(int[][]::new);
    List<List<Integer>> memberships = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      memberships.add(new ArrayList<>());
    }
    for (int g = 0; g < this.groups.length; g++) {
      for (int v : this.groups[g]) {
        memberships.get(v).add(g);
      }
    }
    neighbours = new int[n][];
    int[] stamp = new int[n];
    int[] buffer = new int[n];
    for (int v = 0; v < n; v++) {
      int size = 0;
      stamp[v] = v + 1;
      for (int g : memberships.get(v)) {
        for (int w : this.groups[g]) {
          if (stamp[w] != v + 1) {
            stamp[w] = v + 1;
            buffer[size++] = w;
          }
        }
      }
      neighbours[v] = Arrays.copyOf(buffer, size);
      Arrays.sort(neighbours[v]);
    }
    long[] keys = new long[n];
    for (int v = 0; v < n; v++) {
      keys[v] = (long) (n - degree(v)) << 32 | v;
    }
    Arrays.sort(keys);
    place = new int[n];
    preferred = new int[n];
    for (int i = 0; i < n; i++) {
      preferred[i] = (int) keys[i];
      place[preferred[i]] = i;
    }
  }

  int degree(int v) {
    return neighbours[v].length;
  }

  boolean adjacent(int a, int b) {
    return Arrays.binarySearch(neighbours[a], b) >= 0;
  }

  int maxDegree() {
    int max = 0;
    for (int[] list : neighbours) {
      max = Math.max(max, list.length);
    }
    return max;
  }

  /**
   * A large clique: the largest group (the first of equal size), then greedy cliques grown from
   * every vertex, each adding the candidate of highest degree (then lowest index) adjacent to
   * all chosen; the first strictly larger one found replaces the best. The candidates are kept
   * in that order, so each choice is the first left; a clique that can no longer grow past the
   * best is given up. O(n · Δ · (log Δ + ω)) time.
   */
  int[] clique() {
    int[] best = new int[0];
    for (int[] group : groups) {
      if (group.length > best.length) {
        best = group.clone();
      }
    }
    int[] stamp = new int[n];
    int mark = 0;
    int[] candidates = new int[n];
    int[] chosen = new int[n];
    for (int v = 0; v < n; v++) {
      if (degree(v) + 1 <= best.length) {
        continue;
      }
      int size = 0;
      chosen[size++] = v;
      int count = 0;
      for (int w : neighbours[v]) {
        candidates[count++] = place[w];
      }
      Arrays.sort(candidates, 0, count);
      for (int i = 0; i < count; i++) {
        candidates[i] = preferred[candidates[i]];
      }
      int from = 0;
      while (from < count && size + count - from > best.length) {
        int u = candidates[from++];
        chosen[size++] = u;
        int kept = from;
        if ((long) (count - from) * 8 < neighbours[u].length) {
          for (int i = from; i < count; i++) {
            if (adjacent(u, candidates[i])) {
              candidates[kept++] = candidates[i];
            }
          }
        } else {
          mark++;
          for (int w : neighbours[u]) {
            stamp[w] = mark;
          }
          for (int i = from; i < count; i++) {
            if (stamp[candidates[i]] == mark) {
              candidates[kept++] = candidates[i];
            }
          }
        }
        count = kept;
      }
      if (size > best.length) {
        best = Arrays.copyOf(chosen, size);
        Arrays.sort(best);
      }
    }
    return best;
  }
}
