package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

  private static final ScapDocument DOCUMENT = ScapDocument.builder().build();

  @Test
  void isValidWithWarningsButNotWithAnError() {
    Problem warning = Problem.warning("theme-outside-plan", "/plans/0/projects/0/themes/0", "w");
    Problem error = Problem.error("unknown-reference", "/plans/0/city", "e");

    assertThat(new ReadResult(DOCUMENT, ValidationReport.CLEAN).isValid()).isTrue();
    assertThat(new ReadResult(DOCUMENT, new ValidationReport(List.of(warning))).isValid())
        .isTrue();
    assertThat(new ReadResult(DOCUMENT, new ValidationReport(List.of(warning, error)))
        .isValid()).isFalse();
  }

  @Test
  void needsADocumentAndAReport() {
    assertThatNullPointerException().isThrownBy(() -> new ReadResult(null,
        ValidationReport.CLEAN));
    assertThatNullPointerException().isThrownBy(() -> new ReadResult(DOCUMENT, null));
  }

  @Test
  void holdsWhatCouldBeReadOfAnInvalidDocument() {
    ReadResult result = ScapReader.create().read(TestFiles.text("/bad/population-as-string.json"));

    assertThat(result.isValid()).isFalse();
    assertThat(result.document().cities()).singleElement()
        .satisfies(city -> assertThat(city.population()).isNull());
    assertThat(result.document().plans()).hasSize(1);
  }
}
