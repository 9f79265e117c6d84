package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FirstProblemsTest {

  private static final Comparator<Problem> BY_LINE = Comparator.comparingInt(Problem::line);

  private static Problem at(int line, boolean error) {
    return (error ? Problem.error("required", "/cities/" + line, "m")
        : Problem.warning("theme-outside-plan", "/plans/" + line, "m")).at(line, 1);
  }

  @Test
  void holdsTheFirstInOrderWhateverTheOrderAdded() {
    List<Problem> all = new ArrayList<>(
        IntStream.rangeClosed(1, 100).mapToObj(line -> at(line, line % 3 == 0)).toList());
    Collections.shuffle(all, new Random(7));
    FirstProblems first = new FirstProblems(10, BY_LINE);

    all.forEach(first);

    assertThat(first.kept()).extracting(Problem::line)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(first.omitted()).isEqualTo(90);
    assertThat(first.omittedErrors()).as("lines 12, 15, ..., 99").isEqualTo(30);
  }

  @Test
  void countsEveryProblemWithACapOfZero() {
    FirstProblems none = new FirstProblems(0, BY_LINE);

    none.accept(at(1, true));
    none.accept(at(2, false));

    assertThat(none.kept()).isEmpty();
    assertThat(none.omitted()).isEqualTo(2);
    assertThat(none.omittedErrors()).isEqualTo(1);
  }
}
