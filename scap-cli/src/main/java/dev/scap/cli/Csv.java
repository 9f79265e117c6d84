package dev.scap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as docs/CLI.md's contracts want it: RFC 4180, header first, UTF-8, {@code \n} line ends. */
final class Csv {

  private Csv() {}

  /**
   * The format with a header.
   *
   * @param header the names of the columns
   * @return RFC 4180 with {@code \n} line ends and the header
   */
  static CSVFormat format(String... header) {
    return CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get();
  }

  static CSVPrinter printer(OutputStream out, String... header) throws IOException {
    return new CSVPrinter(new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8),
        format(header));
  }
}
