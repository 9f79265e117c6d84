package dev.scap.io.internal;

import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The model's problems of a document, thinned as they come, before any has a place, to those
 * that can still be among the first {@code keep} in document order; the rest are only counted.
 *
 * <p>The entries of a list lie in the document in the order of their indexes, and a problem of
 * an entry is placed within it: once {@code keep} problems are held in entries of one of the
 * document's lists before some entry, no problem of a later entry of that list can be among the
 * first {@code keep}. So at most {@code keep} problems, plus those of one entry, are held for
 * each of the lists; problems outside them (the document's own) are all held. The problems
 * come from several threads and in no order: thread-safe.
 */
public final class EarlyProblems implements Consumer<Problem> {

  /** The document's lists, each of entries in the order of their indexes. */
  private static final Set<String> LISTS = Set.of("taxonomies", "cities", "organizations",
      "plans");

  private final int keep;
  private final Map<String, Entries> lists = new HashMap<>();
  private final List<Problem> others = new ArrayList<>();
  private long omitted;
  private long omittedErrors;

  /**
   * Creates an empty collection.
   *
   * @param keep how many of the first problems must be held, 0 or more
   */
  public EarlyProblems(int keep) {
    this.keep = keep;
  }

  @Override
  public synchronized void accept(Problem problem) {
    String pointer = problem.pointer();
    int slash = pointer.indexOf('/', 1);
    int index = slash < 0 ? -1 : index(pointer, slash + 1);
    if (index < 0 || !LISTS.contains(pointer.substring(1, slash))) {
      others.add(problem);
      return;
    }
    lists.computeIfAbsent(pointer.substring(1, slash), name -> new Entries()).add(index, problem);
  }

  /** The index a pointer names from {@code start} on, or -1 if it names none there. */
  private static int index(String pointer, int start) {
    int end = pointer.indexOf('/', start);
    end = end < 0 ? pointer.length() : end;
    if (end == start || end - start > 9) {
      return -1;
    }
    int index = 0;
    for (int i = start; i < end; i++) {
      char c = pointer.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      index = index * 10 + (c - '0');
    }
    return index;
  }

  /**
   * Returns the problems held: among them, the first {@code keep} of all.
   *
   * @return a new list of the problems held, in no particular order
   */
  public synchronized List<Problem> held() {
    List<Problem> held = new ArrayList<>(others);
    for (Entries entries : lists.values()) {
      entries.byIndex.values().forEach(held::addAll);
    }
    return held;
  }

  /**
   * Returns how many problems were counted but not held.
   *
   * @return the count
   */
  public synchronized long omitted() {
    return omitted;
  }

  /**
   * Returns how many of the problems not held are errors.
   *
   * @return the count
   */
  public synchronized long omittedErrors() {
    return omittedErrors;
  }

  private void omit(Problem problem) {
    omitted++;
    if (problem.isError()) {
      omittedErrors++;
    }
  }

  /** The problems held for the entries of one list, by index. */
  private final class Entries {
    final TreeMap<Integer, List<Problem>> byIndex = new TreeMap<>();
    int held;

    void add(int index, Problem problem) {
      if (held >= keep && (byIndex.isEmpty() || index > byIndex.lastKey())) {
        omit(problem);
        return;
      }
      byIndex.computeIfAbsent(index, i -> new ArrayList<>(1)).add(problem);
      held++;
      // the last entry goes once the entries before it hold enough
      while (held - byIndex.lastEntry().getValue().size() >= keep) {
        List<Problem> last = byIndex.pollLastEntry().getValue();
        held -= last.size();
        last.forEach(EarlyProblems.this::omit);
        if (byIndex.isEmpty()) {
          break;
        }
      }
    }
  }
}
