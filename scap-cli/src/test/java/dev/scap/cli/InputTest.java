package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a command's document comes from, decided by the argument, never by a file's name. */
class InputTest {

  @Test
  void readsTheBuiltInDatasetWithoutAnArgument() {
    Input input = Input.of(null);

    assertThat(input.isBuiltIn()).isTrue();
    assertThat(input.isStandardInput()).isFalse();
    assertThat(input.name()).isEqualTo(Input.BUILT_IN);
  }

  @Test
  void readsStandardInputForADash() {
    Input input = Input.of("-");

    assertThat(input.isStandardInput()).isTrue();
    assertThat(input.isBuiltIn()).isFalse();
  }

  @Test
  void readsAFileWhateverItsName() {
    Input input = Input.of(Input.BUILT_IN);

    assertThat(input.isBuiltIn()).isFalse();
    assertThat(input.isStandardInput()).isFalse();
    assertThat(input.file()).isEqualTo(Path.of(Input.BUILT_IN));
  }
}
