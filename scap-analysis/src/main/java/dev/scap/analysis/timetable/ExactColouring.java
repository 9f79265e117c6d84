package dev.scap.analysis.timetable;

/**
 * Branch and bound over DSATUR's order (Brélaz 1979; as refined by Sewell 1996 and
 * San Segundo 2012, without their tie rules): the clique's vertices are fixed to colours
 * 0, 1, …; then the uncoloured vertex with the most distinct neighbour colours (ties: highest
 * degree, then lowest index) is tried in each colour used that no neighbour has and that is not
 * full, in colour order, then in one new colour if that keeps the count below the best found.
 * A branch stops when it uses as many colours as the best found. The search stops when the best
 * reaches the lower bound, or after {@code limit} nodes. O(n·k) memory, O(n) time a node.
 */
final class ExactColouring {

  private final ConflictGraph graph;
  private final int cap;
  private final int lowerBound;
  private final long limit;
  private final int width;
  private final int[] colour;
  private final int[] count;
  private final int[] saturation;
  private final int[] size;
  private int[] best;
  private int bestColours;
  private long nodes;
  private boolean stopped;

  private ExactColouring(ConflictGraph graph, int cap, int[] start, int lowerBound,
      long limit) {
    this.graph = graph;
    this.cap = cap;
    this.lowerBound = lowerBound;
    this.limit = limit;
    this.best = start;
    this.bestColours = Colouring.colours(start);
    this.width = bestColours;
    int n = graph.n;
    colour = new int[n];
    java.util.Arrays.fill(colour, -1);
    count = new int[n * width];
    saturation = new int[n];
    size = new int[width];
  }

  /**
   * Searches for a colouring with fewer colours than {@code start}.
   *
   * @return the best colouring, and whether the search finished
   */
  static Result search(ConflictGraph graph, int cap, int[] start, int[] clique, int lowerBound,
      long limit) {
    ExactColouring search = new ExactColouring(graph, cap, start, lowerBound, limit);
    if (search.bestColours > lowerBound) {
      for (int i = 0; i < clique.length; i++) {
        search.assign(clique[i], i);
      }
      search.branch(clique.length, clique.length);
    }
    return new Result(search.best, !search.stopped);
  }

  record Result(int[] colouring, boolean finished) {}

  private void assign(int v, int c) {
    colour[v] = c;
    size[c]++;
    for (int w : graph.neighbours[v]) {
      if (count[w * width + c]++ == 0) {
        saturation[w]++;
      }
    }
  }

  private void unassign(int v) {
    int c = colour[v];
    colour[v] = -1;
    size[c]--;
    for (int w : graph.neighbours[v]) {
      if (--count[w * width + c] == 0) {
        saturation[w]--;
      }
    }
  }

  private void branch(int coloured, int used) {
    if (used >= bestColours || bestColours <= lowerBound || stopped) {
      return;
    }
    if (++nodes > limit) {
      stopped = true;
      return;
    }
    int n = graph.n;
    if (coloured == n) {
      best = colour.clone();
      bestColours = used;
      return;
    }
    int v = -1;
    for (int u = 0; u < n; u++) {
      if (colour[u] < 0 && (v < 0 || saturation[u] > saturation[v]
          || saturation[u] == saturation[v] && graph.degree(u) > graph.degree(v))) {
        v = u;
      }
    }
    for (int c = 0; c < used; c++) {
      if (count[v * width + c] == 0 && size[c] < cap) {
        assign(v, c);
        branch(coloured + 1, used);
        unassign(v);
        if (used >= bestColours || bestColours <= lowerBound || stopped) {
          return;
        }
      }
    }
    if (used + 1 < bestColours) {
      assign(v, used);
      branch(coloured + 1, used + 1);
      unassign(v);
    }
  }
}
