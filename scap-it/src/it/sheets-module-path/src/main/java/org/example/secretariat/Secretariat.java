package org.example.secretariat;

import dev.scap.io.Datasets;
import dev.scap.model.ScapDocument;
import dev.scap.sheets.SheetsReadResult;
import dev.scap.sheets.SheetsReader;
import dev.scap.sheets.SheetsWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Hands the network's plans out as a workbook and reads them back. */
public final class Secretariat {

  private Secretariat() {}

  /**
   * Writes the built-in dataset as a workbook and reads it back.
   *
   * @param workbook where to write it
   * @return what reading it back gave
   * @throws IOException if the file cannot be written or read
   */
  public static SheetsReadResult roundTrip(Path workbook) throws IOException {
    ScapDocument dataset = Datasets.ascn();
    SheetsWriter.create().write(dataset, workbook);
    return SheetsReader.create().read(workbook);
  }
}
