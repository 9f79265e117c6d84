package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import dev.scap.testkit.ScapArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SheetsReaderPropertiesTest {

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents();
  }

  @Property(tries = 60)
  void aDocumentWrittenAsAWorkbookReadsBackEqual(@ForAll("documents") ScapDocument document)
      throws IOException {
    Path folder = Files.createTempDirectory("sheets-property");
    try {
      Path workbook = folder.resolve("document.xlsx");
      SheetsFixture.writeWorkbook(document, workbook);

      SheetsReadResult result = SheetsReader.create().read(workbook);

      assertThat(result.problems()).isEmpty();
      assertThat(result.document()).contains(document);
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 60)
  void aDocumentWrittenAsCsvFilesReadsBackEqual(@ForAll("documents") ScapDocument document)
      throws IOException {
    Path folder = Files.createTempDirectory("sheets-property");
    try {
      Path csv = folder.resolve("document");
      SheetsFixture.writeCsv(document, csv);

      SheetsReadResult result = SheetsReader.create().read(csv);

      assertThat(result.problems()).isEmpty();
      assertThat(result.document()).contains(document);
    } finally {
      delete(folder);
    }
  }

  @Property(tries = 60)
  void theWritersWorkbookReadsBackEqual(@ForAll("documents") ScapDocument document)
      throws IOException {
    assertReadsBackEqual(document, "document.xlsx");
  }

  @Property(tries = 60)
  void theWritersCsvFolderReadsBackEqual(@ForAll("documents") ScapDocument document)
      throws IOException {
    assertReadsBackEqual(document, "document");
  }

  @Property(tries = 30)
  void theWritersWorkbookImportsToTheCanonicalDocument(
      @ForAll("documents") ScapDocument document) throws IOException {
    Path folder = Files.createTempDirectory("sheets-property");
    try {
      Path workbook = folder.resolve("document.xlsx");
      SheetsWriter.create().write(document, workbook);
      Path json = folder.resolve("document.json");

      SheetsImport imported = SheetsReader.create().importTo(workbook, json);

      assertThat(imported.problems()).isEmpty();
      assertThat(imported.written()).isTrue();
      ScapDocument read = ScapReader.create().read(json).document();
      assertThat(read).isEqualTo(document);
      assertThat(Files.readString(json)).isEqualTo(ScapWriter.canonical().toJson(read));
    } finally {
      delete(folder);
    }
  }

  /** The law of the layout: what SheetsWriter writes, SheetsReader reads back equal. */
  private static void assertReadsBackEqual(ScapDocument document, String name)
      throws IOException {
    Path folder = Files.createTempDirectory("sheets-property");
    try {
      Path target = folder.resolve(name);
      SheetsWriter.create().write(document, target);

      SheetsReadResult result = SheetsReader.create().read(target);

      assertThat(result.problems()).isEmpty();
      assertThat(result.document()).contains(document);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
