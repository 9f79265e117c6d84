package dev.scap.analysis.timetable;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Colourings of a conflict graph in which each colour holds at most {@code cap} vertices: the
 * colours are the slots, the cap the rooms ({@link Integer#MAX_VALUE} for unlimited rooms).
 * A colouring is an array of colours from 0, one per vertex.
 */
final class Colouring {

  /**
   * The tabu search's work per table: its budget is this times the tables, at most
   * {@link #TABU_WORK}. A unit of work is one (vertex, colour) pair weighed for a move or one
   * neighbour updated after it.
   */
  static final long TABU_WORK_PER_TABLE = 100_000;

  /** The most work of the tabu search, whatever the tables. */
  static final long TABU_WORK = 200_000_000;

  /** The seed of the tabu search's choices among equally good moves. */
  static final long TABU_SEED = 20261207L;

  private Colouring() {}

  static int colours(int[] colouring) {
    int max = -1;
    for (int c : colouring) {
      max = Math.max(max, c);
    }
    return max + 1;
  }

  /**
   * Brélaz's DSATUR (1979), with a cap: the uncoloured vertex whose neighbours have the most
   * distinct colours goes next (ties: highest degree, then lowest index), into the lowest
   * colour that no neighbour has and that is not full, else a new one. The uncoloured vertices
   * wait in one bit set per saturation, by their place in that order of preference, so the
   * next is the first bit of the highest set not empty; each vertex keeps the colours of its
   * neighbours as bits. O(n²/64 + n·Δ) time, O(n·(Δ + n/cap)/64 + n) words of memory.
   */
  static int[] dsatur(ConflictGraph graph, int cap) {
    int n = graph.n;
    int width = width(graph, cap);
    // near[v · row + c / 64], bit c: whether a neighbour of v has colour c
    int row = (width + 63) >>> 6;
    long[] near = new long[n * row];
    int[] saturation = new int[n];
    int[] size = new int[width];
    int[] colour = new int[n];
    Arrays.fill(colour, -1);
    int[] place = graph.place;
    // waiting[s]: the uncoloured vertices of saturation s, a bit each at its place
    BitSet[] waiting = new BitSet[width + 1];
    waiting[0] = new BitSet(n);
    waiting[0].set(0, n);
    int highest = 0;
    for (int step = 0; step < n; step++) {
      while (waiting[highest].isEmpty()) {
        highest--;
      }
      int first = waiting[highest].nextSetBit(0);
      waiting[highest].clear(first);
      int v = graph.preferred[first];
      int c = 0;
      while ((near[v * row + (c >>> 6)] & 1L << c) != 0 || size[c] >= cap) {
        c++;
      }
      colour[v] = c;
      size[c]++;
      for (int w : graph.neighbours[v]) {
        long bit = 1L << c;
        int at = w * row + (c >>> 6);
        if ((near[at] & bit) == 0) {
          near[at] |= bit;
          int s = saturation[w]++;
          if (colour[w] < 0) {
            waiting[s].clear(place[w]);
            if (waiting[s + 1] == null) {
              waiting[s + 1] = new BitSet(n);
            }
            waiting[s + 1].set(place[w]);
            highest = Math.max(highest, s + 1);
          }
        }
      }
    }
    return colour;
  }

  /** Colours enough for any first fit: Δ blocked by neighbours, ⌊n/cap⌋ full, one free. */
  private static int width(ConflictGraph graph, int cap) {
    long full = cap == Integer.MAX_VALUE ? 0 : graph.n / cap;
    return (int) Math.max(1, Math.min(graph.n, graph.maxDegree() + 1 + full));
  }

  /**
   * Tries ever fewer colours, down to {@code lowerBound}, by tabu search (Hertz and de Werra
   * 1987, TabuCol as in Galinier and Hao 1999, with the cap as a penalty): from a k-colouring,
   * the smallest colour class (the last of equal size) is emptied into the other colours, each
   * vertex in index order into the colour that is not full where it has the fewest neighbours
   * (the lowest of equal count). The cost is the number of adjacent pairs of one colour plus
   * the vertices beyond the cap of each colour. Each move recolours a vertex that has a
   * neighbour of its colour, or whose colour is beyond the cap, into another colour: the move
   * that lowers the cost most, among equals one drawn by a generator seeded with
   * {@link #TABU_SEED}. A move back to the colour a vertex left is forbidden for
   * 0.6·(candidate vertices) + r moves (r drawn in 0..9), unless it reaches a lower cost than
   * ever before for this k. At cost 0, k − 1 is tried next. Stops when its work (see
   * {@link #TABU_WORK_PER_TABLE}) reaches {@link #TABU_WORK_PER_TABLE}·n, at most
   * {@link #TABU_WORK}, or when every move is forbidden. O(n·k) memory; a move costs
   * O(candidates·k + Δ).
   *
   * @return the colouring with the fewest colours found, {@code start} if none is better
   */
  static int[] tabu(ConflictGraph graph, int cap, int[] start, int lowerBound) {
    int[] best = start;
    int k = colours(start);
    long budget = Math.min(TABU_WORK, TABU_WORK_PER_TABLE * graph.n);
    SplittableRandom random = new SplittableRandom(TABU_SEED);
    while (k - 1 >= Math.max(1, lowerBound) && budget > 0) {
      int[] colouring = emptyOneColour(graph, cap, best, k);
      TabuRun run = new TabuRun(graph, cap, colouring, k - 1, random);
      budget = run.search(budget);
      if (!run.solved()) {
        break;
      }
      best = colouring;
      k--;
    }
    return best;
  }

  private static int[] emptyOneColour(ConflictGraph graph, int cap, int[] colouring, int k) {
    int[] size = new int[k];
    for (int c : colouring) {
      size[c]++;
    }
    int removed = 0;
    for (int c = 1; c < k; c++) {
      if (size[c] <= size[removed]) {
        removed = c;
      }
    }
    int[] result = new int[colouring.length];
    int[] left = new int[k - 1];
    for (int v = 0; v < colouring.length; v++) {
      int c = colouring[v];
      result[v] = c == removed ? -1 : c > removed ? c - 1 : c;
      if (result[v] >= 0) {
        left[result[v]]++;
      }
    }
    int[] seen = new int[k - 1];
    for (int v = 0; v < result.length; v++) {
      if (result[v] >= 0) {
        continue;
      }
      Arrays.fill(seen, 0);
      for (int w : graph.neighbours[v]) {
        if (result[w] >= 0) {
          seen[result[w]]++;
        }
      }
      int pick = -1;
      for (int c = 0; c < k - 1; c++) {
        if (left[c] < cap && (pick < 0 || seen[c] < seen[pick])) {
          pick = c;
        }
      }
      // k − 1 ≥ ⌈n/cap⌉, so some colour always has room.
      result[v] = pick;
      left[pick]++;
    }
    return result;
  }

  /**
   * One tabu search for a k-colouring, recolouring its array in place. Its cost is the number
   * of adjacent pairs of one colour plus, over the colours, the vertices beyond the cap; a
   * colouring of cost 0 is a solution.
   */
  private static final class TabuRun {
    private final ConflictGraph graph;
    private final int cap;
    private final int[] colour;
    private final int k;
    private final SplittableRandom random;
    private final int[] gamma;
    private final int[][] members;
    private final int[] size;
    private final int[] slot;
    private final long[] tabuUntil;
    private final int[] conflicted;
    private final int[] position;
    private int conflictedCount;
    private long cost;

    TabuRun(ConflictGraph graph, int cap, int[] colour, int k, SplittableRandom random) {
      this.graph = graph;
      this.cap = cap;
      this.colour = colour;
      this.k = k;
      this.random = random;
      int n = graph.n;
      gamma = new int[n * k];
      size = new int[k];
      members = new int[k][];
      slot = new int[n];
      tabuUntil = new long[n * k];
      conflicted = new int[n];
      position = new int[n];
      Arrays.fill(position, -1);
      for (int c = 0; c < k; c++) {
        members[c] = new int[4];
      }
      for (int v = 0; v < n; v++) {
        join(v, colour[v]);
        for (int w : graph.neighbours[v]) {
          gamma[v * k + colour[w]]++;
        }
      }
      long pairs = 0;
      for (int v = 0; v < n; v++) {
        pairs += gamma[v * k + colour[v]];
        update(v);
      }
      cost = pairs / 2;
      for (int c = 0; c < k; c++) {
        cost += Math.max(0, size[c] - cap);
      }
    }

    boolean solved() {
      return cost == 0;
    }

    private void join(int v, int c) {
      if (size[c] == members[c].length) {
        members[c] = Arrays.copyOf(members[c], 2 * size[c]);
      }
      slot[v] = size[c];
      members[c][size[c]++] = v;
    }

    private void leave(int v, int c) {
      int last = members[c][--size[c]];
      members[c][slot[v]] = last;
      slot[last] = slot[v];
    }

    private void update(int v) {
      boolean in = gamma[v * k + colour[v]] > 0;
      if (in && position[v] < 0) {
        position[v] = conflictedCount;
        conflicted[conflictedCount++] = v;
      } else if (!in && position[v] >= 0) {
        int last = conflicted[--conflictedCount];
        conflicted[position[v]] = last;
        position[last] = position[v];
        position[v] = -1;
      }
    }

    /** Searches until solved, out of budget or stuck; returns the budget left. */
    long search(long budget) {
      long fewest = cost;
      long move = 0;
      int[] candidates = new int[graph.n];
      while (cost > 0 && budget > 0) {
        // The vertices in conflict, then those of colours beyond the cap.
        int count = 0;
        for (int i = 0; i < conflictedCount; i++) {
          candidates[count++] = conflicted[i];
        }
        for (int c = 0; c < k; c++) {
          if (size[c] > cap) {
            for (int i = 0; i < size[c]; i++) {
              if (position[members[c][i]] < 0) {
                candidates[count++] = members[c][i];
              }
            }
          }
        }
        int pickV = -1;
        int pickC = -1;
        int bestDelta = Integer.MAX_VALUE;
        int ties = 0;
        for (int i = 0; i < count; i++) {
          int v = candidates[i];
          int from = colour[v];
          int here = gamma[v * k + from] + (size[from] > cap ? 1 : 0);
          for (int c = 0; c < k; c++) {
            if (c == from) {
              continue;
            }
            int delta = gamma[v * k + c] + (size[c] >= cap ? 1 : 0) - here;
            if (tabuUntil[v * k + c] > move && cost + delta >= fewest) {
              continue;
            }
            if (delta < bestDelta) {
              bestDelta = delta;
              pickV = v;
              pickC = c;
              ties = 1;
            } else if (delta == bestDelta && random.nextInt(++ties) == 0) {
              pickV = v;
              pickC = c;
            }
          }
        }
        if (pickV < 0) {
          return budget;
        }
        int from = colour[pickV];
        tabuUntil[pickV * k + from] = move + (long) (0.6 * count) + random.nextInt(10);
        leave(pickV, from);
        join(pickV, pickC);
        colour[pickV] = pickC;
        cost += bestDelta;
        for (int w : graph.neighbours[pickV]) {
          gamma[w * k + from]--;
          gamma[w * k + pickC]++;
          update(w);
        }
        update(pickV);
        fewest = Math.min(fewest, cost);
        move++;
        budget -= (long) count * (k - 1) + graph.degree(pickV);
      }
      return budget;
    }
  }
}
