package dev.scap.analysis.internal.flow;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A minimum-cost flow with lower and upper bounds on the arcs and integer costs, solved by the
 * primal network simplex: a spanning tree of basic arcs, an artificial root joined to every
 * node by an arc of cost ART = (largest |cost| + 1)·(nodes + 1), Dantzig's rule over blocks of
 * about √arcs arcs (the first block holding an arc of negative reduced cost gives its most
 * negative one), and the leaving arc chosen so that the tree stays strongly feasible
 * (Cunningham 1976), which rules out cycling. This is the method of LEMON's
 * {@code NetworkSimplex} (Kovács 2015, "Minimum-cost flow algorithms: an experimental
 * evaluation"), with a simpler tree: a parent and a list of children per node; each pivot
 * re-roots the subtree it moves and shifts its potentials by the one amount that keeps the
 * entering arc's reduced cost 0 (the subtree's own arcs keep theirs).
 *
 * <p>Every sum is exact. With costs given as {@code long}, {@link #solve()} refuses costs for
 * which a potential or a reduced cost could leave the range of {@code long} (it needs
 * (4·nodes + 8)·(largest |cost| + 1) below 2⁶²), so the optimum is never the victim of an
 * overflow. With any cost given as a {@link BigInteger}, the same pivots are made on
 * {@code BigInteger} costs and potentials, exact for any magnitude and slower. Cost
 * O(pivots · (√arcs + moved subtree)); no bound on the number of pivots better than
 * exponential is known, but on transportation problems they grow about linearly with the
 * nodes. Not thread-safe: one
 * instance solves one problem.
 */
public final class NetworkSimplex {

  /** The largest {@code (4·nodes + 8)·(|cost| + 1)} that {@link #solve()} accepts. */
  static final long RANGE = 1L << 62;

  /** What {@link #solve()} found. */
  public enum Status {
    /** A flow meets every bound and supply, and none costs less. */
    OPTIMAL,
    /** No flow meets the bounds and supplies. */
    INFEASIBLE
  }

  private final int nodes;
  private final long[] supply;
  private int arcs;
  private int[] from = new int[16];
  private int[] to = new int[16];
  private long[] lower = new long[16];
  private long[] upper = new long[16];
  private long[] cost = new long[16];
  /** The costs, when some arc's cost was given as a BigInteger; else null. */
  private BigInteger[] bigCost;
  private long[] flow;
  private long[] potential;
  private boolean solved;
  private Tree tree;

  /**
   * Starts a problem with some nodes, no arcs and no supply.
   *
   * @param nodes the number of nodes, numbered from 0
   */
  public NetworkSimplex(int nodes) {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes must be 0 or more, not " + nodes);
    }
    this.nodes = nodes;
    this.supply = new long[nodes];
  }

  /**
   * Adds an arc.
   *
   * @param tail where the flow leaves
   * @param head where it arrives
   * @param min the least flow on the arc
   * @param max the most flow on the arc, at least {@code min}
   * @param unitCost the cost of each unit of flow
   * @return the arc's index, from 0 in the order added
   */
  public int addArc(int tail, int head, long min, long max, long unitCost) {
    if (solved) {
      throw new IllegalStateException("the problem is solved");
    }
    if (tail < 0 || tail >= nodes || head < 0 || head >= nodes || min < 0 || max < min) {
      throw new IllegalArgumentException("arc " + tail + " -> " + head + " [" + min + ", "
          + max + "] in a network of " + nodes + " nodes");
    }
    if (arcs == from.length) {
      int size = arcs * 2;
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      lower = Arrays.copyOf(lower, size);
      upper = Arrays.copyOf(upper, size);
      cost = Arrays.copyOf(cost, size);
      if (bigCost != null) {
        bigCost = Arrays.copyOf(bigCost, size);
      }
    }
    from[arcs] = tail;
    to[arcs] = head;
    lower[arcs] = min;
    upper[arcs] = max;
    cost[arcs] = unitCost;
    if (bigCost != null) {
      bigCost[arcs] = BigInteger.valueOf(unitCost);
    }
    return arcs++;
  }

  /**
   * Adds an arc whose cost may be beyond {@code long}: the problem is then solved in
   * {@code BigInteger} arithmetic, and only {@link #flow}, {@link #exactTotalCost} and
   * {@link #breakTies} can be asked after {@link #solve()}.
   *
   * @param tail where the flow leaves
   * @param head where it arrives
   * @param min the least flow on the arc
   * @param max the most flow on the arc, at least {@code min}
   * @param unitCost the cost of each unit of flow
   * @return the arc's index, from 0 in the order added
   */
  public int addArc(int tail, int head, long min, long max, BigInteger unitCost) {
    int arc = addArc(tail, head, min, max, 0);
    if (bigCost == null) {
      bigCost = new BigInteger[from.length];
      for (int a = 0; a < arc; a++) {
        bigCost[a] = BigInteger.valueOf(cost[a]);
      }
    }
    bigCost[arc] = unitCost;
    return arc;
  }

  /**
   * Adds to a node's supply: what flows out of it minus what flows in. Supplies must sum to 0.
   *
   * @param node the node
   * @param amount the supply to add; negative for a demand
   */
  public void addSupply(int node, long amount) {
    supply[node] = Math.addExact(supply[node], amount);
  }

  /**
   * Returns the number of arcs added.
   *
   * @return the arcs
   */
  public int arcs() {
    return arcs;
  }

  /**
   * Returns an arc's tail.
   *
   * @param arc the arc's index
   * @return where its flow leaves
   */
  public int tail(int arc) {
    return from[arc];
  }

  /**
   * Returns an arc's head.
   *
   * @param arc the arc's index
   * @return where its flow arrives
   */
  public int head(int arc) {
    return to[arc];
  }

  /**
   * Returns an arc's lower bound.
   *
   * @param arc the arc's index
   * @return the least flow on it
   */
  public long lower(int arc) {
    return lower[arc];
  }

  /**
   * Returns an arc's upper bound.
   *
   * @param arc the arc's index
   * @return the most flow on it
   */
  public long upper(int arc) {
    return upper[arc];
  }

  /**
   * Solves the problem. Call once.
   *
   * @return whether a flow exists; if it does, the one found is of least cost
   * @throws ArithmeticException if the costs are too large for exact sums in {@code long}, or
   *     the supplies do not sum to 0
   */
  public Status solve() {
    if (solved) {
      throw new IllegalStateException("the problem is solved");
    }
    solved = true;
    tree = new Tree();
    return tree.run();
  }

  /**
   * Among the least-cost flows that {@link #solve()} found, finds one of least cost under
   * second costs. The least-cost flows are exactly the flows that keep every arc of reduced
   * cost above 0 at its lower bound and every arc below 0 at its upper bound (complementary
   * slackness), so those arcs are fixed and the simplex goes on from the optimal tree with
   * the second costs. Afterwards {@link #flow}, {@link #potential}, {@link #reducedCost} and
   * {@link #totalCost} are those of the second costs.
   *
   * @param secondCosts a cost for each arc, by index
   * @throws IllegalStateException unless {@link #solve()} found an optimal flow
   * @throws ArithmeticException if the second costs are too large for exact sums
   */
  public void breakTies(long[] secondCosts) {
    if (tree == null || tree.done != Status.OPTIMAL) {
      throw new IllegalStateException("no optimal flow to break the ties of");
    }
    if (secondCosts.length != arcs) {
      throw new IllegalArgumentException(secondCosts.length + " costs for " + arcs + " arcs");
    }
    tree.again(secondCosts);
    cost = Arrays.copyOf(secondCosts, secondCosts.length);
    bigCost = null;
  }

  /**
   * Returns the flow on an arc after {@link #solve()}.
   *
   * @param arc the arc's index
   * @return its flow, between its bounds when the problem was feasible
   */
  public long flow(int arc) {
    return flow[arc];
  }

  /**
   * Returns a node's potential after an optimal {@link #solve()}: with π these potentials,
   * every arc's reduced cost c + π(tail) − π(head) is 0 or more if its flow is below its
   * upper bound and 0 or less if above its lower bound. They prove the flow optimal, and
   * an arc of reduced cost above 0 (below 0) carries its lower (upper) bound in every
   * optimal flow.
   *
   * @param node the node
   * @return its potential
   */
  public long potential(int node) {
    if (potential == null) {
      throw new IllegalStateException("the potentials of BigInteger costs are not kept");
    }
    return potential[node];
  }

  /**
   * Returns an arc's reduced cost c + π(tail) − π(head) after an optimal {@link #solve()}.
   *
   * @param arc the arc's index
   * @return its reduced cost
   */
  public long reducedCost(int arc) {
    if (potential == null) {
      throw new IllegalStateException("the potentials of BigInteger costs are not kept");
    }
    return cost[arc] + potential[from[arc]] - potential[to[arc]];
  }

  /**
   * Returns the total cost, Σ cost·flow, after {@link #solve()}.
   *
   * @return the total cost
   * @throws ArithmeticException if it does not fit in a {@code long}
   */
  public long totalCost() {
    if (bigCost != null) {
      return exactTotalCost().longValueExact();
    }
    long total = 0;
    for (int a = 0; a < arcs; a++) {
      total = Math.addExact(total, Math.multiplyExact(cost[a], flow[a]));
    }
    return total;
  }

  /**
   * Returns the total cost, Σ cost·flow, after {@link #solve()}, whatever its magnitude.
   *
   * @return the total cost
   */
  public BigInteger exactTotalCost() {
    BigInteger total = BigInteger.ZERO;
    for (int a = 0; a < arcs; a++) {
      BigInteger c = bigCost != null ? bigCost[a] : BigInteger.valueOf(cost[a]);
      total = total.add(c.multiply(BigInteger.valueOf(flow[a])));
    }
    return total;
  }

  /** The spanning tree and its pivots, on arcs shifted to lower bound 0. */
  private final class Tree {
    private static final int STATE_UPPER = -1;
    /** In the tree, or fixed at its bound: never enters. */
    private static final int STATE_TREE = 0;
    private static final int STATE_LOWER = 1;

    private final int root = nodes;
    private final int all = arcs + nodes;
    private final int[] tail = Arrays.copyOf(from, all);
    private final int[] head = Arrays.copyOf(to, all);
    private final long[] capacity = new long[all];
    private final long[] costs = Arrays.copyOf(cost, all);
    private final long[] flows = new long[all];
    private final int[] state = new int[all];
    private final long[] pi = new long[nodes + 1];
    /** In BigInteger mode, the costs and potentials; else null. */
    private BigInteger[] bigCosts;
    private BigInteger[] bigPi;
    private final int[] parent = new int[nodes + 1];
    private final int[] parentArc = new int[nodes + 1];
    /** The nodes on the path from a pivot's first node to the root carry its number here. */
    private final int[] onPath = new int[nodes + 1];
    private int pivots;
    private final int[] firstChild = new int[nodes + 1];
    private final int[] nextSibling = new int[nodes + 1];
    private final int[] previousSibling = new int[nodes + 1];
    private final int[] stack = new int[nodes + 1];
    private final int blockSize = Math.max(10, (int) Math.ceil(Math.sqrt(Math.max(arcs, 1))));
    private int nextArc;
    private Status done;

    Tree() {}

    Status run() {
      long largest = 0;
      long[] balance = supply.clone();
      for (int a = 0; a < arcs; a++) {
        largest = Math.max(largest, Math.abs(cost[a]));
        capacity[a] = upper[a] - lower[a];
        balance[from[a]] = Math.subtractExact(balance[from[a]], lower[a]);
        balance[to[a]] = Math.addExact(balance[to[a]], lower[a]);
        state[a] = STATE_LOWER;
      }
      long sum = 0;
      for (long b : balance) {
        sum = Math.addExact(sum, b);
      }
      if (sum != 0) {
        throw new ArithmeticException("the supplies sum to " + sum + ", not 0");
      }
      long art = 0;
      BigInteger bigArt = null;
      if (bigCost != null) {
        BigInteger most = BigInteger.ZERO;
        bigCosts = Arrays.copyOf(bigCost, all);
        for (int a = 0; a < arcs; a++) {
          most = most.max(bigCost[a].abs());
        }
        bigArt = most.add(BigInteger.ONE).multiply(BigInteger.valueOf(nodes + 1L));
        bigPi = new BigInteger[nodes + 1];
        bigPi[root] = BigInteger.ZERO;
      } else {
        art = artificialCost(largest);
      }
      Arrays.fill(firstChild, -1);
      parent[root] = -1;
      parentArc[root] = -1;
      for (int u = 0; u < nodes; u++) {
        int a = arcs + u;
        state[a] = STATE_TREE;
        capacity[a] = Long.MAX_VALUE;
        if (balance[u] >= 0) {
          tail[a] = u;
          head[a] = root;
          flows[a] = balance[u];
          costs[a] = 0;
          pi[u] = 0;
          if (bigPi != null) {
            bigCosts[a] = BigInteger.ZERO;
            bigPi[u] = BigInteger.ZERO;
          }
        } else {
          tail[a] = root;
          head[a] = u;
          flows[a] = -balance[u];
          costs[a] = art;
          pi[u] = art;
          if (bigPi != null) {
            bigCosts[a] = bigArt;
            bigPi[u] = bigArt;
          }
        }
        parent[u] = root;
        parentArc[u] = a;
        addChild(root, u);
      }
      return finish();
    }

    private long artificialCost(long largest) {
      long scale = Math.addExact(Math.multiplyExact(4L, nodes), 8);
      if (largest >= (RANGE - 1) / scale) {
        throw new ArithmeticException("costs up to " + largest + " over " + nodes
            + " nodes are too large for exact sums in 64 bits");
      }
      return (largest + 1) * (nodes + 1);
    }

    void again(long[] second) {
      long largest = 0;
      for (int a = 0; a < arcs; a++) {
        if (bigPi != null ? bigReduced(a).signum() != 0 : reduced(a) != 0) {
          state[a] = STATE_TREE;
        }
        costs[a] = second[a];
        largest = Math.max(largest, Math.abs(second[a]));
      }
      long art = artificialCost(largest);
      bigCosts = null;
      bigPi = null;
      for (int a = arcs; a < all; a++) {
        costs[a] = tail[a] == root ? art : 0;
      }
      pi[root] = 0;
      int top = 0;
      for (int c = firstChild[root]; c >= 0; c = nextSibling[c]) {
        stack[top++] = c;
      }
      potentials(top);
      finish();
    }

    private Status finish() {
      for (int in = enteringArc(); in >= 0; in = enteringArc()) {
        pivot(in);
      }
      flow = new long[arcs];
      for (int a = 0; a < arcs; a++) {
        flow[a] = flows[a] + lower[a];
      }
      potential = bigPi == null ? Arrays.copyOf(pi, nodes) : null;
      done = Status.OPTIMAL;
      for (int a = arcs; a < all; a++) {
        if (flows[a] != 0) {
          done = Status.INFEASIBLE;
        }
      }
      return done;
    }

    private long reduced(int a) {
      return state[a] * (costs[a] + pi[tail[a]] - pi[head[a]]);
    }

    private BigInteger bigReduced(int a) {
      BigInteger c = bigCosts[a].add(bigPi[tail[a]]).subtract(bigPi[head[a]]);
      return state[a] < 0 ? c.negate() : state[a] == 0 ? BigInteger.ZERO : c;
    }

    /** {@link #enteringArc()} on BigInteger costs. */
    private int bigEnteringArc() {
      BigInteger min = BigInteger.ZERO;
      int best = -1;
      int count = blockSize;
      for (int step = 0; step < arcs; step++) {
        int a = nextArc + step < arcs ? nextArc + step : nextArc + step - arcs;
        if (state[a] != STATE_TREE) {
          BigInteger c = bigReduced(a);
          if (c.compareTo(min) < 0) {
            min = c;
            best = a;
          }
        }
        if (--count == 0) {
          if (best >= 0) {
            nextArc = a + 1 == arcs ? 0 : a + 1;
            return best;
          }
          count = blockSize;
        }
      }
      return best;
    }

    /** Block search: the most negative reduced cost of the first block that has one. */
    private int enteringArc() {
      if (bigPi != null) {
        return bigEnteringArc();
      }
      long min = 0;
      int best = -1;
      int count = blockSize;
      for (int step = 0; step < arcs; step++) {
        int a = nextArc + step < arcs ? nextArc + step : nextArc + step - arcs;
        long c = reduced(a);
        if (c < min) {
          min = c;
          best = a;
        }
        if (--count == 0) {
          if (best >= 0) {
            nextArc = a + 1 == arcs ? 0 : a + 1;
            return best;
          }
          count = blockSize;
        }
      }
      return best;
    }

    /** The deepest common ancestor of u and v: u's path to the root marked, then v's walked. */
    private int join(int u, int v) {
      if (++pivots == Integer.MAX_VALUE) {
        Arrays.fill(onPath, 0);
        pivots = 1;
      }
      for (int x = u; x >= 0; x = parent[x]) {
        onPath[x] = pivots;
      }
      int x = v;
      while (onPath[x] != pivots) {
        x = parent[x];
      }
      return x;
    }

    /** Whether the arc to u's parent points up, from u to its parent. */
    private boolean up(int u) {
      return tail[parentArc[u]] == u;
    }

    private void pivot(int in) {
      int first = state[in] == STATE_LOWER ? tail[in] : head[in];
      int second = state[in] == STATE_LOWER ? head[in] : tail[in];
      int join = join(first, second);
      long delta = capacity[in];
      int out = -1;
      boolean onFirst = false;
      // Flow runs from the join down to first, across the entering arc, and up from second to
      // the join; taking the last blocking arc in that direction keeps the tree strongly
      // feasible.
      for (int u = first; u != join; u = parent[u]) {
        int e = parentArc[u];
        long d = up(u) ? flows[e] : residual(e);
        if (d < delta) {
          delta = d;
          out = u;
          onFirst = true;
        }
      }
      for (int u = second; u != join; u = parent[u]) {
        int e = parentArc[u];
        long d = up(u) ? residual(e) : flows[e];
        if (d <= delta) {
          delta = d;
          out = u;
          onFirst = false;
        }
      }
      if (delta > 0) {
        long value = state[in] * delta;
        flows[in] += value;
        for (int u = tail[in]; u != join; u = parent[u]) {
          flows[parentArc[u]] -= up(u) ? value : -value;
        }
        for (int u = head[in]; u != join; u = parent[u]) {
          flows[parentArc[u]] += up(u) ? value : -value;
        }
      }
      if (out < 0) {
        state[in] = -state[in];
        return;
      }
      int leaving = parentArc[out];
      state[leaving] = flows[leaving] == 0 ? STATE_LOWER : STATE_UPPER;
      state[in] = STATE_TREE;
      int uIn = onFirst ? first : second;
      int vIn = onFirst ? second : first;
      reroot(uIn, vIn, in, out);
    }

    private long residual(int e) {
      return capacity[e] == Long.MAX_VALUE ? Long.MAX_VALUE : capacity[e] - flows[e];
    }

    /**
     * Cuts the subtree of {@code out} from its parent and hangs it, re-rooted at {@code uIn},
     * under {@code vIn} by the entering arc; then shifts its potentials.
     */
    private void reroot(int uIn, int vIn, int in, int out) {
      int x = uIn;
      int newParent = vIn;
      int newArc = in;
      while (true) {
        int oldParent = parent[x];
        int oldArc = parentArc[x];
        removeChild(oldParent, x);
        parent[x] = newParent;
        parentArc[x] = newArc;
        addChild(newParent, x);
        if (x == out) {
          break;
        }
        newParent = x;
        newArc = oldArc;
        x = oldParent;
      }
      // The subtree's own arcs keep reduced cost 0; one shift of its potentials gives the
      // entering arc reduced cost 0 too.
      long shift = 0;
      BigInteger bigShift = null;
      if (bigPi != null) {
        bigShift = bigPotential(uIn, vIn, in).subtract(bigPi[uIn]);
      } else {
        shift = potential(uIn, vIn, in) - pi[uIn];
      }
      stack[0] = uIn;
      for (int top = 1; top > 0; ) {
        int u = stack[--top];
        if (bigShift != null) {
          bigPi[u] = bigPi[u].add(bigShift);
        } else {
          pi[u] += shift;
        }
        for (int c = firstChild[u]; c >= 0; c = nextSibling[c]) {
          stack[top++] = c;
        }
      }
    }

    /** Sets the potential of the nodes on the stack and of everything below them. */
    private void potentials(int size) {
      int top = size;
      while (top > 0) {
        int u = stack[--top];
        int p = parent[u];
        int e = parentArc[u];
        // A tree arc's reduced cost is 0.
        if (bigPi != null) {
          bigPi[u] = bigPotential(u, p, e);
        } else {
          pi[u] = potential(u, p, e);
        }
        for (int c = firstChild[u]; c >= 0; c = nextSibling[c]) {
          stack[top++] = c;
        }
      }
    }

    /** The potential of u that gives arc e, between u and p, reduced cost 0. */
    private long potential(int u, int p, int e) {
      return tail[e] == u ? pi[p] - costs[e] : pi[p] + costs[e];
    }

    /** {@link #potential} on the {@code BigInteger} costs and potentials. */
    private BigInteger bigPotential(int u, int p, int e) {
      return tail[e] == u ? bigPi[p].subtract(bigCosts[e]) : bigPi[p].add(bigCosts[e]);
    }

    private void addChild(int p, int c) {
      int old = firstChild[p];
      nextSibling[c] = old;
      previousSibling[c] = -1;
      if (old >= 0) {
        previousSibling[old] = c;
      }
      firstChild[p] = c;
    }

    private void removeChild(int p, int c) {
      int before = previousSibling[c];
      int after = nextSibling[c];
      if (before >= 0) {
        nextSibling[before] = after;
      } else {
        firstChild[p] = after;
      }
      if (after >= 0) {
        previousSibling[after] = before;
      }
    }
  }
}
