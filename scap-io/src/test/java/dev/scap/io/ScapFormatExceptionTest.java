package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.scap.model.validation.Problem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ScapFormatExceptionTest {

  @Test
  void carriesTheProblemThatStoppedReadingWithItsPlace() {
    Problem problem = FormatRule.SYNTAX_ERROR.at("/plans/0/city", "end-of-input", 19, 21);
    IOException cause = new IOException("cut");

    ScapFormatException error = new ScapFormatException(problem, cause);

    assertThat(error.problem()).isEqualTo(problem);
    assertThat(error.line()).isEqualTo(19);
    assertThat(error.column()).isEqualTo(21);
    assertThat(error.pointer()).isEqualTo("/plans/0/city");
    assertThat(error).hasMessage("19:21: error syntax-error /plans/0/city: end-of-input")
        .hasCause(cause).isInstanceOf(RuntimeException.class);
  }

  @Test
  void needsAProblem() {
    assertThatNullPointerException().isThrownBy(() -> new ScapFormatException(null, null));
  }
}
