package dev.scap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the extension of an {@code -o} name says of the format written there: {@code .json},
 * {@code .md}, {@code .html}, {@code .csv}, {@code .txt} and {@code .xlsx} name json, md, html,
 * csv, text and xlsx. A name with one of them gets that format when {@code --format} is not given, and is
 * refused when {@code --format} names another; a name with another extension is refused
 * without {@code --format}, and written as {@code --format} says with it; a name without
 * extension gets {@code --format}, or the command's default.
 */
final class OutputName {

  /** The format each extension names, in the order the messages list them. */
  static final Map<String, String> FORMATS = Map.of(
      "txt", "text", "md", "md", "html", "html", "csv", "csv", "json", "json", "xlsx", "xlsx");

  private static final Map<String, String> KINDS = Map.of(
      "text", "a text", "md", "a Markdown", "html", "an HTML", "csv", "a CSV", "json", "a JSON",
      "xlsx", "an XLSX");

  private static final List<String> ORDER = List.of("txt", "md", "html", "csv", "json", "xlsx");

  private OutputName() {}

  /**
   * Chooses the format to write.
   *
   * @param output the {@code -o} path, or {@code null} for standard output
   * @param given the {@code --format} given, or {@code null}
   * @param fallback the command's default format
   * @param writes the formats the command writes
   * @return the format
   * @throws CliException (exit code 2) where the name and the format disagree
   */
  static String choose(Path output, String given, String fallback, List<String> writes) {
    String extension = extension(output);
    if (extension == null) {
      return given != null ? given : fallback;
    }
    String named = FORMATS.get(extension);
    if (named == null) {
      if (given != null) {
        return given;
      }
      throw CliException.failure("cannot tell the format to write to " + output + " from its "
          + "extension ." + extension + ": give a name ending in " + endings(writes) + ", or give --format "
          + "(" + String.join(", ", writes) + ")", null);
    }
    if (given != null && !given.equals(named)) {
      throw CliException.failure("-o " + output + " names " + KINDS.get(named) + " file, but "
          + "--format is " + given + ": give " + (writes.contains(named) ? "--format " + named
          + ", or " : "") + "a name ending in " + ending(given), null);
    }
    if (!writes.contains(named)) {
      throw CliException.failure("-o " + output + " names " + KINDS.get(named) + " file, "
          + "which this command does not write: give a name ending in " + endings(writes),
          null);
    }
    return named;
  }

  /**
   * Checks the {@code -o} name of a command that writes a JSON document only: a name whose
   * extension names another format is refused; any other name is written as JSON.
   *
   * @param output the {@code -o} path, or {@code null} for standard output
   * @throws CliException (exit code 2) where the name names another format
   */
  static void checkJson(Path output) {
    String named = FORMATS.get(String.valueOf(extension(output)));
    if (named != null && !named.equals("json")) {
      throw CliException.failure("-o " + output + " names " + KINDS.get(named) + " file, but "
          + "this command writes a JSON document: give a name ending in .json", null);
    }
  }

  /**
   * Checks the {@code -o} name of a command that writes a workbook or a folder of CSV files
   * ({@code export}, {@code template}): {@code .xlsx} is a workbook; a name without an
   * extension, or an existing folder, is a folder; {@code .csv} and any other extension are
   * refused.
   *
   * @param command the command's name, for the messages
   * @param output the {@code -o} path
   * @return whether a workbook is written there (else a folder of CSV files)
   * @throws CliException (exit code 2) where {@code -o} is missing or names no workbook or folder
   */
  static boolean checkSheets(String command, Path output) {
    if (output == null) {
      throw CliException.failure(command + " writes a workbook or a folder of CSV files: give "
          + "-o FILE.xlsx or -o DIR", null);
    }
    String extension = extension(output);
    if ("xlsx".equals(extension)) {
      return true;
    }
    if (extension == null || java.nio.file.Files.isDirectory(output)) {
      return false;
    }
    if (extension.equals("csv")) {
      throw CliException.failure(command + " writes csv as a folder of CSV files: give -o DIR "
          + "(a name without an extension), or -o FILE.xlsx for a workbook", null);
    }
    String named = FORMATS.get(extension);
    if (named != null) {
      throw CliException.failure("-o " + output + " names " + KINDS.get(named) + " file, but "
          + command + " writes a workbook or a folder of CSV files: give a name ending in "
          + ".xlsx, or a folder's name without an extension", null);
    }
    throw CliException.failure("cannot tell what to write to " + output + " from its extension "
        + "." + extension + ": give a name ending in .xlsx for a workbook, or a folder's name "
        + "without an extension for CSV files", null);
  }

  /** The lower-case extension of the path's file name, or {@code null} if it has none. */
  static String extension(Path output) {
    if (output == null || output.getFileName() == null) {
      return null;
    }
    String name = output.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? null
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String ending(String format) {
    return ORDER.stream().filter(e -> FORMATS.get(e).equals(format)).findFirst()
        .map(e -> "." + e).orElse("");
  }

  private static String endings(List<String> formats) {
    List<String> endings = ORDER.stream().filter(e -> formats.contains(FORMATS.get(e)))
        .map(e -> "." + e).toList();
    return String.join(", ", endings.subList(0, endings.size() - 1)) + " or "
        + endings.get(endings.size() - 1);
  }
}
