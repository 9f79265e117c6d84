package dev.scap.analysis.internal.flow;

import java.util.Arrays;

/**
 * A maximum flow by Dinic's algorithm (1970): breadth-first levels from the source, then
 * blocking flows along arcs that climb one level, until the sink is out of reach. On the
 * roundtables' networks, unit arcs between a layer of cities and a layer of themes, that is
 * O(arcs·√nodes). Integer capacities, exact. Not thread-safe: one instance, one network.
 */
public final class MaxFlow {

  private final int nodes;
  private int arcs;
  /** Arc 2i is the forward arc, 2i + 1 its reverse. */
  private int[] head = new int[32];
  private int[] next = new int[32];
  private long[] residual = new long[32];
  private final int[] first;
  private int[] level;
  private int[] current;
  private int[] path;

  /**
   * Starts a network with some nodes and no arcs.
   *
   * @param nodes the number of nodes, numbered from 0
   */
  public MaxFlow(int nodes) {
    this.nodes = nodes;
    first = new int[nodes];
    Arrays.fill(first, -1);
  }

  /**
   * Adds an arc.
   *
   * @param tail where the flow leaves
   * @param to where it arrives
   * @param capacity the most flow on it, 0 or more
   */
  public void addArc(int tail, int to, long capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " below 0");
    }
    if (2 * arcs + 2 > head.length) {
      int size = head.length * 2;
      head = Arrays.copyOf(head, size);
      next = Arrays.copyOf(next, size);
      residual = Arrays.copyOf(residual, size);
    }
    int a = 2 * arcs++;
    head[a] = to;
    residual[a] = capacity;
    next[a] = first[tail];
    first[tail] = a;
    head[a + 1] = tail;
    residual[a + 1] = 0;
    next[a + 1] = first[to];
    first[to] = a + 1;
  }

  /**
   * Returns the value of a maximum flow from source to sink. Call once.
   *
   * @param source the source
   * @param sink the sink, not the source
   * @return the largest flow
   */
  public long maximum(int source, int sink) {
    level = new int[nodes];
    current = new int[nodes];
    path = new int[nodes];
    int[] queue = new int[nodes];
    long total = 0;
    while (true) {
      Arrays.fill(level, -1);
      level[source] = 0;
      int start = 0;
      int end = 0;
      queue[end++] = source;
      while (start < end) {
        int u = queue[start++];
        for (int a = first[u]; a >= 0; a = next[a]) {
          if (residual[a] > 0 && level[head[a]] < 0) {
            level[head[a]] = level[u] + 1;
            queue[end++] = head[a];
          }
        }
      }
      if (level[sink] < 0) {
        return total;
      }
      System.arraycopy(first, 0, current, 0, nodes);
      for (long pushed = push(source, sink); pushed > 0; pushed = push(source, sink)) {
        total += pushed;
      }
    }
  }

  /**
   * Finds one path along the levels by a depth-first search with an explicit stack, and
   * pushes its bottleneck; arcs found useless are skipped for the rest of the phase.
   */
  private long push(int source, int sink) {
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        long bottleneck = Long.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          bottleneck = Math.min(bottleneck, residual[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
          residual[path[i]] -= bottleneck;
          residual[path[i] ^ 1] += bottleneck;
        }
        return bottleneck;
      }
      int a = current[u];
      while (a >= 0 && (residual[a] <= 0 || level[head[a]] != level[u] + 1)) {
        a = next[a];
      }
      current[u] = a;
      if (a >= 0) {
        path[depth++] = a;
        u = head[a];
      } else {
        if (depth == 0) {
          return 0;
        }
        // A dead end: no path from here in this phase.
        level[u] = -1;
        u = head[path[--depth] ^ 1];
        current[u] = next[current[u]];
      }
    }
  }
}
