package dev.scap.io.internal;

import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The first problems in an order, up to a cap, and a count of the rest, so that a document of a
 * great many problems holds no more than the cap in memory: each problem added either takes
 * the place of the last one held, if it comes before it, or is counted. Adding costs
 * O(log cap). Not thread-safe: a read fills it on its own thread.
 */
public final class FirstProblems implements Consumer<Problem> {

  private final int max;
  private final Comparator<Problem> order;
  /** The problems held, the last in order at the head. */
  private final PriorityQueue<Problem> kept;
  private long omitted;
  private long omittedErrors;

  /**
   * Creates an empty collection.
   *
   * @param max the most problems to hold, 0 or more
   * @param order the order in which the first are held
   */
  public FirstProblems(int max, Comparator<Problem> order) {
    this.max = max;
    this.order = order;
    this.kept = new PriorityQueue<>(Math.min(max, 1 << 10) + 1, order.reversed());
  }

  /**
   * Holds a problem, in place of the last one held if as many as the cap are held and it
   * comes before that one; counts whichever is not held.
   *
   * @param problem the problem
   */
  @Override
  public void accept(Problem problem) {
    if (kept.size() < max) {
      kept.add(problem);
      return;
    }
    Problem left = problem;
    if (max > 0 && order.compare(problem, kept.peek()) < 0) {
      left = kept.poll();
      kept.add(problem);
    }
    omitted++;
    if (left.isError()) {
      omittedErrors++;
    }
  }

  /**
   * Counts problems that were left out before they came here.
   *
   * @param problems how many
   * @param errors how many of them are errors
   */
  public void omit(long problems, long errors) {
    omitted += problems;
    omittedErrors += errors;
  }

  /**
   * Returns the problems held, in order.
   *
   * @return a new list of the problems held
   */
  public List<Problem> kept() {
    List<Problem> list = new ArrayList<>(kept);
    list.sort(order);
    return list;
  }

  /**
   * Returns how many problems were counted but not held.
   *
   * @return the count
   */
  public long omitted() {
    return omitted;
  }

  /**
   * Returns how many of the problems not held are errors.
   *
   * @return the count
   */
  public long omittedErrors() {
    return omittedErrors;
  }
}
