package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotJsonTest {

  private static final String READS = "scap reads SCAP documents, which are JSON objects "
      + "({\"scapVersion\": \"1.0\", ...}, see FORMAT.md); check one with 'scap validate FILE'";

  private static final String CSV = ": it looks like CSV; scap reads a folder of CSV files in "
      + "the layout of docs/SHEETS.md ('scap template -o DIR' shows it), or SCAP documents, "
      + "which are JSON objects ({\"scapVersion\": \"1.0\", ...}, see FORMAT.md)";

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void tellsWhatTheBytesLookLike() {
    assertThat(NotJson.hint(bytes("city,name\nhanoi,Hanoi\n")))
        .isEqualTo(CSV + "; check one with 'scap validate FILE'");
    assertThat(NotJson.hint(bytes("city\tname\n")))
        .isEqualTo(CSV + "; check one with 'scap validate FILE'");
    assertThat(NotJson.hint(new byte[] {'P', 'K', 3, 4, 20, 0}))
        .isEqualTo(": it is a ZIP archive, such as an XLSX workbook; " + READS);
    assertThat(NotJson.hint(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
        .isEqualTo(": it is an OLE2 file, such as an XLS workbook; " + READS);
    assertThat(NotJson.hint(bytes("%PDF-1.7"))).isEqualTo(": it is a PDF; " + READS);
    assertThat(NotJson.hint(bytes("hello"))).isEqualTo(": " + READS);
    assertThat(NotJson.hint(new byte[0])).isEqualTo(": " + READS);
  }

  @Test
  void leavesOutHowToCheckAFileForValidateItself() {
    assertThat(NotJson.hint(bytes("a;b\n"), false)).isEqualTo(CSV);
  }

  @Test
  void saysNothingOfJsonOrOfAnotherEncoding() {
    assertThat(NotJson.hint(bytes("  {\"scapVersion\": x"))).isEmpty();
    assertThat(NotJson.hint(bytes("\uFEFF[1, 2]"))).isEmpty();
    assertThat(NotJson.hint(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0})).isEmpty();
    assertThat(NotJson.hint(new byte[] {'{', 0, '"', 0})).isEmpty();
  }
}
