package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsReaderIsSheetsTest {

  @TempDir
  Path folder;

  @Test
  void takesAFolderAZipAndAnXlsxNameAsSheets() throws IOException {
    Path zip = Files.write(folder.resolve("upload.bin"), new byte[] {'P', 'K', 3, 4, 0});
    Path named = Files.writeString(folder.resolve("PLANS.XLSX"), "anything");
    Path json = Files.writeString(folder.resolve("plans.json"), "{}");

    assertThat(SheetsReader.isSheets(folder)).isTrue();
    assertThat(SheetsReader.isSheets(zip)).isTrue();
    assertThat(SheetsReader.isSheets(named)).isTrue();
    assertThat(SheetsReader.isSheets(json)).isFalse();
    assertThat(SheetsReader.isSheets(folder.resolve("missing.json"))).isFalse();
  }

  @Test
  void throwsOnlyForAFileThatIsNotThere() {
    assertThatThrownBy(() -> SheetsReader.create().read(folder.resolve("missing.xlsx")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
