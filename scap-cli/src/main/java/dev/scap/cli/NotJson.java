package dev.scap.cli;

import dev.scap.model.validation.Problem;
import java.nio.charset.StandardCharsets;

/**
 * What a document that does not begin as JSON looks like, for the line that says that scap
 * reads SCAP documents, which are JSON: a ZIP archive (an XLSX or ODS workbook), an OLE2 file
 * (an XLS workbook), a PDF, CSV or other text.
 */
final class NotJson {

  /** How many of the first bytes are looked at. */
  static final int HEAD = 4096;

  private static final String CSV = "it looks like CSV; ";

  private NotJson() {}

  /**
   * The words to add to "FILE is not a readable SCAP document" when its first token is not
   * JSON: what the bytes look like, what scap reads, and how to check a file.
   *
   * @param head the document's first bytes, empty if unknown
   * @return the words, starting with {@code ": "}; empty where the bytes begin as JSON, or in
   *     another encoding, whose problem says so already
   */
  static String hint(byte[] head) {
    return hint(head, true);
  }

  /**
   * As {@link #hint(byte[])}; {@code validate} itself leaves out how to check a file.
   *
   * @param head the document's first bytes, empty if unknown
   * @param howToCheck whether to say how to check a file
   * @return the words, starting with {@code ": "}, or empty
   */
  static String hint(byte[] head, boolean howToCheck) {
    String looks = looks(head);
    if (looks == null) {
      return "";
    }
    String csv = looks.equals(CSV) ? Input.SHEETS_LAYOUT.replace("a workbook (.xlsx) or ", "")
        + ", or " : "scap reads ";
    return ": " + looks + csv + "SCAP documents, which are JSON objects "
        + "({\"scapVersion\": \"1.0\", ...}, see FORMAT.md)"
        + (howToCheck ? "; check one with 'scap validate FILE'" : "");
  }

  /**
   * Whether a problem that stopped reading says that the document does not begin as JSON: a
   * syntax error at its first character.
   */
  static boolean isAtStart(Problem problem) {
    return problem.rule().equals("syntax-error") && problem.line() == 1 && problem.column() == 1;
  }

  /**
   * Whether bytes begin as a ZIP archive does (an XLSX or ODS workbook).
   *
   * @param head the first bytes
   */
  static boolean isZip(byte[] head) {
    return startsWith(head, 'P', 'K', 3, 4);
  }

  /**
   * Whether bytes begin as an OLE2 file does (an Excel 97-2003 workbook).
   *
   * @param head the first bytes
   */
  static boolean isOle(byte[] head) {
    return startsWith(head, 0xD0, 0xCF, 0x11, 0xE0);
  }

  /** What the bytes look like, ending in "; ", or {@code null} where no hint is due. */
  private static String looks(byte[] head) {
    if (isZip(head)) {
      return "it is a ZIP archive, such as an XLSX workbook; ";
    }
    if (isOle(head)) {
      return "it is an OLE2 file, such as an XLS workbook; ";
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "it is a PDF; ";
    }
    if (head.length > 0 && (head[0] == 0 || (head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF
        || head.length > 1 && head[1] == 0)) {
      return null;  // UTF-16 or UTF-32: the problem names the encoding
    }
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).stripLeading();
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return null;
    }
    String line = text.lines().findFirst().orElse("");
    if (line.contains(",") || line.contains(";") || line.contains("\t")) {
      return CSV;
    }
    return "";
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
