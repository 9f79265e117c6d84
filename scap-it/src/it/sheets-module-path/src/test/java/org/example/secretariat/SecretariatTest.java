package org.example.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.sheets.SheetsReadResult;
import dev.scap.sheets.SheetsReader;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scap-sheets and FastExcel run as modules, and the workbook comes back equal. */
class SecretariatTest {

  @TempDir
  Path folder;

  @Test
  void runsOnTheModulePath() {
    assertThat(Secretariat.class.getModule().getName()).isEqualTo("org.example.secretariat");
    assertThat(SheetsReader.class.getModule().getName()).isEqualTo("dev.scap.sheets");
    assertThat(ModuleLayer.boot().findModule("org.dhatim.fastexcel.reader")).isPresent();
  }

  @Test
  void theDatasetComesBackFromItsWorkbook() throws IOException {
    SheetsReadResult result = Secretariat.roundTrip(folder.resolve("ascn.xlsx"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.document()).contains(Datasets.ascn());
  }
}
