package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EarlyProblemsTest {

  private static final List<String> LISTS =
      List.of("taxonomies", "cities", "organizations", "plans");

  /** A problem of an entry of a list, or of the document itself for a list of -1. */
  private static Problem problem(int list, int index, int n) {
    String pointer = list < 0 ? "/metadata/title" : "/" + LISTS.get(list) + "/" + index
        + (n % 2 == 0 ? "" : "/name");
    return n % 3 == 0 ? Problem.warning("theme-outside-plan", pointer, "m" + n)
        : Problem.error("required", pointer, "m" + n);
  }

  /**
   * Whatever the order of the lists in the document and of the problems within one entry, the
   * problems held include the first {@code keep} in document order, and the others are counted.
   */
  @Property(tries = 300)
  void holdsTheFirstInAnyDocumentOrderThatKeepsTheEntriesInTurn(
      @ForAll @Size(max = 300) List<@IntRange(min = -1, max = 3) Integer> lists,
      @ForAll @IntRange(max = 40) int keep, @ForAll long seed) {
    Random random = new Random(seed);
    List<Problem> all = new ArrayList<>();
    Map<Problem, long[]> place = new HashMap<>();
    int[] listRank = random.ints(5, 0, 5).toArray();
    for (int n = 0; n < lists.size(); n++) {
      int list = lists.get(n);
      int index = random.nextInt(12);
      Problem problem = problem(list, index, n);
      all.add(problem);
      // a place in a document: the lists in some order, the entries of each in turn
      place.put(problem, new long[] {listRank[list + 1], index, random.nextInt(1000), n});
    }
    Collections.shuffle(all, random);
    EarlyProblems early = new EarlyProblems(keep);

    all.forEach(early);

    Comparator<Problem> documentOrder = Comparator.comparing(place::get, (a, b) -> {
      for (int i = 0; i < a.length; i++) {
        if (a[i] != b[i]) {
          return Long.compare(a[i], b[i]);
        }
      }
      return 0;
    });
    List<Problem> first = all.stream().sorted(documentOrder).limit(keep).toList();
    List<Problem> held = early.held();
    assertThat(held).containsAll(first).doesNotHaveDuplicates();
    assertThat(early.omitted()).isEqualTo(all.size() - held.size());
    assertThat(early.omittedErrors()).isEqualTo(all.stream().filter(Problem::isError).count()
        - held.stream().filter(Problem::isError).count());
  }

  @Test
  void holdsNoMoreThanTheCapAndOneEntryForEachListOfAMillionProblemsFromFourThreads()
      throws Exception {
    int keep = 1_000;
    EarlyProblems early = new EarlyProblems(keep);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          // each entry of each list has two problems; the threads take the entries in turn
          for (int index = 0; index < 125_000; index++) {
            for (int list = 0; list < LISTS.size(); list++) {
              if ((index + list) % 4 == thread) {
                early.accept(problem(list, index, 1));
                early.accept(problem(list, index, 2));
              }
            }
          }
        }));
      }
      for (Future<?> thread : done) {
        thread.get();
      }
    } finally {
      threads.shutdown();
    }

    List<Problem> held = early.held();
    assertThat(held.size()).isBetween(4 * keep, 4 * (keep + 2));
    assertThat(held).filteredOn(problem -> problem.pointer().startsWith("/plans/499/"))
        .hasSize(1);
    assertThat(held.size() + early.omitted()).isEqualTo(1_000_000);
    assertThat(early.omittedErrors()).as("every problem an error").isEqualTo(early.omitted());
  }

  @Test
  void countsEveryProblemOfTheListsWithACapOfZeroAndHoldsTheDocumentsOwn() {
    EarlyProblems none = new EarlyProblems(0);

    none.accept(problem(1, 0, 1));
    none.accept(problem(3, 5, 3));
    none.accept(problem(-1, 0, 1));

    assertThat(none.held()).extracting(Problem::pointer).containsExactly("/metadata/title");
    assertThat(none.omitted()).isEqualTo(2);
    assertThat(none.omittedErrors()).isEqualTo(1);
  }
}
