package dev.scap.sheets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads workbooks with the default limits and prints, for each, the rules of its problems and
 * whether it was valid: {@link HostileWorkbooksTest} runs it in a JVM of a small heap.
 */
final class HostileWorkbookProbe {

  private HostileWorkbookProbe() {}

  /**
   * Reads each workbook named.
   *
   * @param args the workbooks' paths
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      Path file = Path.of(arg);
      SheetsReadResult result = SheetsReader.create().read(file);
      System.out.println("read " + file.getFileName() + ": " + result.problems().stream()
          .map(p -> p.problem().rule()).collect(Collectors.joining(" "))
          + (result.isValid() ? " valid" : ""));
    }
  }
}
