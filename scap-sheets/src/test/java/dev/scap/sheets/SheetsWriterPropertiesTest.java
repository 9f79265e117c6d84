package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.ScapDocument;
import dev.scap.sheets.internal.Sheets;
import dev.scap.testkit.ScapArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

class SheetsWriterPropertiesTest {

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents();
  }

  @Property(tries = 40)
  void everySheetOfAWorkbookHasOneRowPerObjectOfItsKind(
      @ForAll("documents") ScapDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SheetsWriter.create().writeWorkbook(document, out);
    Map<String, Integer> counts = SheetsWriterFiles.counts(document);
    try (ReadableWorkbook workbook = new ReadableWorkbook(
        new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheets.Sheet sheet : Sheets.ALL) {
        List<Row> rows = workbook.findSheet(sheet.name()).orElseThrow().read();
        assertThat(rows.size() - 1).as(sheet.name()).isEqualTo(counts.get(sheet.name()));
      }
    }
  }

  @Property(tries = 40)
  void everyCsvFileHasOneRecordPerObjectOfItsKind(@ForAll("documents") ScapDocument document)
      throws IOException {
    Path folder = Files.createTempDirectory("scap-sheets-property");
    try {
      Path csv = folder.resolve("document");
      SheetsWriter.create().write(document, csv);
      Map<String, Integer> counts = SheetsWriterFiles.counts(document);
      Map<String, List<CSVRecord>> files = SheetsWriterFiles.csv(csv);
      for (Sheets.Sheet sheet : Sheets.ALL) {
        assertThat(files.get(sheet.file()).size() - 1).as(sheet.file())
            .isEqualTo(counts.get(sheet.name()));
        assertThat(files.get(sheet.file()).get(0).toList()).as(sheet.file())
            .startsWith(sheet.allColumns().stream().map(Sheets.Column::header)
                .toArray(String[]::new));
      }
      for (Sheets.Sheet sheet : Sheets.ALL) {
        Files.delete(csv.resolve(sheet.file()));
      }
      Files.delete(csv);
    } finally {
      Files.delete(folder);
    }
  }
}
