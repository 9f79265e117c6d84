package dev.scap.sheets.internal;

import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ThemeId;
import dev.scap.report.Report;
import dev.scap.report.ReportCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The report's tables as sheets for people, made from {@link ReportCsv#tables(Report)} so that
 * the workbook has the same tables and rows as the CSV folder: a first {@code Summary} sheet
 * with the summary, an empty row and the stamp; then one sheet per other table, in the CSV's
 * order. Beside each column of city, theme or organization ids comes a column of their names
 * ({@code city_name} beside {@code city}, {@code peer_name} beside {@code peer},
 * {@code theme_label} beside {@code theme}, {@code organization_name} beside
 * {@code organization}), unless the table already has it. In the city × theme weights and the
 * city × city heatmap, the name column follows the city column and the header names the themes
 * (their labels) or the cities (their names) across. Numbers become {@link BigDecimal} cells,
 * exactly as the CSV prints them, except in id columns, where text stays text. Stateless.
 */
public final class ReportSheets {

  /** The name of the first sheet. */
  public static final String SUMMARY = "Summary";

  /** The longest sheet name that Excel accepts. */
  public static final int MAX_NAME = 31;

  /** Numbers as the CSV prints them; no leading zero, so that an id such as 007 stays text. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** Columns whose values are ids or codes, never numbers, even when they look like one. */
  private static final Set<String> TEXT_COLUMNS = Set.of("city", "peer", "theme",
      "organization", "partner", "subject", "event", "session", "room", "pointer", "rule",
      "option", "item", "label", "name");

  private static final Pattern NOT_IN_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");

  /**
   * One sheet.
   *
   * @param name its name, at most {@value #MAX_NAME} characters, none of {@code []:*?/\}
   * @param rows its rows, the header first; each cell a {@code String} or a {@code BigDecimal}
   * @param headers the indexes of the rows to show as headers: the first, and the stamp's in
   *     the summary
   * @param frozenColumns how many columns stay in view when scrolling across: the city and its
   *     name in a matrix, none elsewhere
   */
  public record ReportSheet(String name, List<List<Object>> rows, List<Integer> headers,
      int frozenColumns) {

    /**
     * Checks and copies the components.
     *
     * @param name its name
     * @param rows its rows
     * @param headers the header rows
     * @param frozenColumns the frozen columns
     * @throws NullPointerException if a component is {@code null}
     */
    public ReportSheet {
      Objects.requireNonNull(name, "name");
      rows = rows.stream().map(List::copyOf).toList();
      headers = List.copyOf(headers);
    }

    /**
     * Returns the widest row's number of cells.
     *
     * @return the number of columns
     */
    public int columns() {
      return rows.stream().mapToInt(List::size).max().orElse(0);
    }
  }

  private ReportSheets() {}

  /**
   * Makes the sheets of a report.
   *
   * @param report the report
   * @return its sheets, {@value #SUMMARY} first
   * @throws NullPointerException if the report is {@code null}
   */
  public static List<ReportSheet> of(Report report) {
    Map<String, String> tables = new LinkedHashMap<>(ReportCsv.tables(report));
    List<ReportSheet> sheets = new ArrayList<>();
    List<List<String>> summary = parse(tables.remove("summary.csv"));
    List<List<String>> stamp = parse(tables.remove("stamp.csv"));
    List<List<Object>> rows = new ArrayList<>(typed(summary));
    rows.add(List.of());
    int stampHeader = rows.size();
    rows.addAll(typed(stamp));
    sheets.add(new ReportSheet(SUMMARY, rows, List.of(0, stampHeader), 0));
    for (Map.Entry<String, String> table : tables.entrySet()) {
      String file = table.getKey();
      List<List<String>> csv = parse(table.getValue());
      String name = sheetName(file);
      if (file.equals("weights.csv")) {
        sheets.add(matrix(name, csv, report, id -> report.themeLabel(ThemeId.of(id))));
      } else if (file.equals("heatmap.csv") && !csv.isEmpty()
          && csv.get(0).get(0).equals("city")) {
        sheets.add(matrix(name, csv, report, id -> report.cityName(CityId.of(id))));
      } else {
        sheets.add(new ReportSheet(name, typed(named(csv, report)), List.of(0), 0));
      }
    }
    return sheets;
  }

  /**
   * Turns a CSV file's name into a sheet's: {@code shared-themes.csv} into
   * {@code Shared themes}, within Excel's rules for names.
   *
   * @param file the file's name
   * @return the sheet's name
   */
  static String sheetName(String file) {
    String base = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    String words = NOT_IN_NAME.matcher(base.replace('-', ' ')).replaceAll(" ").strip();
    if (words.isEmpty()) {
      words = "Sheet";
    }
    String name = words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
  }

  /** A matrix: the id column, its names beside it, then the header's ids named. */
  private static ReportSheet matrix(String name, List<List<String>> csv, Report report,
      Function<String, String> across) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = csv.get(0);
    List<String> named = new ArrayList<>();
    named.add(header.get(0));
    named.add(header.get(0) + "_name");
    header.subList(1, header.size()).forEach(id -> named.add(across.apply(id)));
    rows.add(named);
    for (List<String> row : csv.subList(1, csv.size())) {
      List<String> cells = new ArrayList<>();
      cells.add(row.get(0));
      cells.add(report.cityName(CityId.of(row.get(0))));
      cells.addAll(row.subList(1, row.size()));
      rows.add(cells);
    }
    return new ReportSheet(name, typed(rows), List.of(0), 2);
  }

  /** The table with a column of names beside each column of ids that has none. */
  private static List<List<String>> named(List<List<String>> csv, Report report) {
    if (csv.isEmpty()) {
      return csv;
    }
    List<String> header = csv.get(0);
    List<Function<String, String>> names = new ArrayList<>();
    List<String> nameHeaders = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String column = header.get(c);
      String next = c + 1 < header.size() ? header.get(c + 1) : "";
      Function<String, String> name = null;
      String nameHeader = null;
      switch (column) {
        case "city", "peer" -> {
          name = id -> report.cityName(CityId.of(id));
          nameHeader = column + "_name";
        }
        case "theme" -> {
          if (!next.equals("label")) {
            name = id -> report.themeLabel(ThemeId.of(id));
            nameHeader = "theme_label";
          }
        }
        case "organization", "partner" -> {
          if (!next.equals("name")) {
            name = id -> report.organizationName(OrganizationId.of(id));
            nameHeader = column + "_name";
          }
        }
        default -> { }
      }
      if (nameHeader != null && next.equals(nameHeader)) {
        name = null;
        nameHeader = null;
      }
      names.add(name);
      nameHeaders.add(nameHeader);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < csv.size(); r++) {
      List<String> row = csv.get(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String value = row.get(c);
        cells.add(value);
        if (c < names.size() && names.get(c) != null) {
          cells.add(r == 0 ? nameHeaders.get(c)
              : value.isEmpty() ? "" : names.get(c).apply(value));
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The cells typed: numbers as numbers, but in the header and in id columns. */
  private static List<List<Object>> typed(List<List<String>> rows) {
    List<List<Object>> typed = new ArrayList<>();
    if (rows.isEmpty()) {
      return typed;
    }
    List<String> header = rows.get(0);
    typed.add(List.copyOf(header));
    for (List<String> row : rows.subList(1, rows.size())) {
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String value = row.get(c);
        String column = c < header.size() ? header.get(c) : "";
        boolean text = TEXT_COLUMNS.contains(column) || column.endsWith("_name")
            || column.endsWith("_label");
        cells.add(!text && NUMBER.matcher(value).matches() ? new BigDecimal(value) : value);
      }
      typed.add(cells);
    }
    return typed;
  }

  /**
   * Parses a table as {@link ReportCsv} prints it.
   *
   * @param csv the CSV text, RFC 4180
   * @return its records, the header first
   */
  public static List<List<String>> parse(String csv) {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
