package dev.scap.sheets.internal;

import dev.scap.io.PlanStream;
import dev.scap.io.ScapFormatException;
import dev.scap.io.ScapReader;
import dev.scap.io.internal.DocumentWriter;
import dev.scap.io.internal.Suggestions;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Severity;
import dev.scap.sheets.SheetLimits;
import dev.scap.sheets.SheetProblem;
import dev.scap.sheets.internal.Sheets.Column;
import dev.scap.sheets.internal.Sheets.Kind;
import dev.scap.sheets.internal.Sheets.Sheet;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a workbook or a CSV folder into a SCAP document's JSON, in memory bounded by the
 * number of objects, not their size: each sheet's decoded rows go to a temporary file, and
 * memory keeps an offset, a row number and a parent per row. The JSON is then written in the
 * canonical order, validated by scap-io as a stream, and each problem placed at its cell
 * through its JSON pointer. Not thread-safe: one importer per import.
 */
public final class Importer {

  /**
   * What an import gave.
   *
   * @param problems every problem, placed, at most the limit's number
   * @param hasErrors whether an error was found, listed or not
   */
  public record Outcome(List<SheetProblem> problems, boolean hasErrors) {

    /**
     * Copies the list.
     *
     * @param problems the problems
     * @param hasErrors whether an error was found
     */
    public Outcome {
      problems = List.copyOf(problems);
    }
  }

  /** A column of a sheet as the file has it. */
  private record Field(String header, List<String> path, Kind kind, int column,
      boolean parent) {}

  private static final Map<Sheet, List<String>> ORDER = order();

  /** Theme labels kept to tell one typed for an id; a document has far fewer themes. */
  private static final int MOST_THEME_LABELS = 10_000;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final SheetLimits limits;
  private final String file;
  private final boolean csv;
  private final List<SheetProblem> problems = new ArrayList<>();

  /**
   * The cells whose values were refused (a formula, a date typed as a plain number, ...): the
   * document lacks their values, and a required property missing there is that same mistake,
   * already said at the cell. Bounded like the problems listed.
   */
  private final Set<List<Object>> refused = new HashSet<>();
  private final Map<Sheet, SheetData> sheets = new LinkedHashMap<>();
  private boolean hasErrors;
  private int unlisted;
  private boolean date1904;
  /** The ids of the themes read, by their labels in lower case, to tell a label typed for an id. */
  private final Map<String, String> themeLabels = new LinkedHashMap<>();
  private Path temp;

  /**
   * Creates an importer.
   *
   * @param limits the limits
   * @param file the workbook's or folder's path as given, for places
   * @param csv whether the source is a CSV folder
   */
  public Importer(SheetLimits limits, String file, boolean csv) {
    this.limits = limits;
    this.file = file;
    this.csv = csv;
  }

  /** One sheet of the layout as read. */
  private final class SheetData {
    final Sheet sheet;
    String source = "";
    boolean present;
    /** Whether reading its file stopped at a line it could not read: said once, there. */
    boolean cutShort;
    /** Whether rows were left out because the rows they belong to could not be read. */
    boolean incomplete;
    final List<Field> fields = new ArrayList<>();
    final Map<String, Integer> columns = new LinkedHashMap<>();
    final Set<String> missing = new LinkedHashSet<>();
    int headerRow;
    boolean missingReported;
    int lastRow;
    boolean dataSeen;
    RowStore store;
    final Map<String, Integer> keys = new HashMap<>();
    int[] start;
    int[] order;
    /** The sheets of this sheet's child lists by property, found once: asked for every row. */
    final Map<String, Optional<SheetData>> children = new HashMap<>();
    final List<String> properties;

    SheetData(Sheet sheet) {
      this.sheet = sheet;
      this.properties = ORDER.get(sheet);
    }

    String place() {
      return csv ? file + "/" + source : file;
    }

    int size() {
      return store == null ? 0 : store.size();
    }
  }

  /**
   * Reads a workbook or CSV folder and writes its document's JSON.
   *
   * @param source the workbook file or CSV folder
   * @param json where to write the JSON, written even when problems are found
   * @return the problems
   * @throws IOException if a file cannot be read or written
   */
  public Outcome run(Path source, Path json) throws IOException {
    temp = Files.createTempDirectory("scap-sheets");
    try {
      for (Sheet sheet : Sheets.ALL) {
        SheetData data = new SheetData(sheet);
        data.store = new RowStore(temp);
        sheets.put(sheet, data);
      }
      if (csv) {
        readFolder(source);
      } else {
        readWorkbook(source);
      }
      group();
      // The ids served to find each row's parent; the validation to come holds the document's
      // header and ids of its own, and in a small heap needs this room.
      sheets.values().forEach(data -> data.keys.clear());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16)) {
        emit(out);
      }
      validate(json);
    } catch (Stop stop) {
      String sheet = stop.sheet;
      String where = file;
      if (csv && !sheet.isEmpty()) {
        where = file + "/" + sheet;
      }
      add(new SheetProblem(Problem.error(stop.rule, "", stop.getMessage()), where,
          sheet, stop.row, stop.column, csv));
    } finally {
      for (SheetData data : sheets.values()) {
        data.store.close();
      }
      Files.deleteIfExists(temp);
    }
    List<SheetProblem> sorted = new ArrayList<>(problems);
    Map<String, Integer> rank = new HashMap<>();
    for (SheetData data : sheets.values()) {
      rank.put(data.source.isEmpty() ? data.sheet.name() : data.source,
          Sheets.ALL.indexOf(data.sheet));
    }
    sorted.sort(Comparator.<SheetProblem>comparingInt(p -> p.sheet().isEmpty() ? -1
        : rank.getOrDefault(p.sheet(), 100)).thenComparingInt(SheetProblem::row)
        .thenComparingInt(SheetProblem::column));
    if (unlisted > 0) {
      sorted.add(new SheetProblem(Problem.warning("limit-exceeded", "", unlisted
          + " more problems not listed, past the limit of " + limits.maxProblems()), file, "",
          0, 0, csv));
    }
    return new Outcome(sorted, hasErrors);
  }

  private void add(SheetProblem problem) {
    if (problem.isError()) {
      hasErrors = true;
    }
    if (problems.size() < limits.maxProblems()) {
      problems.add(problem);
    } else {
      unlisted++;
    }
  }

  private void add(SheetData data, Severity severity, String rule, String pointer,
      String message, int row, int column) {
    add(new SheetProblem(new Problem(severity, rule, pointer, message, 0, 0), data.place(),
        data.source, row, column, csv));
  }

  private void error(SheetData data, String rule, String message, int row, int column) {
    add(data, Severity.ERROR, rule, "", message, row, column);
  }

  // ---------------------------------------------------------------- reading a workbook

  private void readWorkbook(Path path) throws IOException {
    WorkbookCheck check = new WorkbookCheck(limits);
    Map<String, List<String>> merges = check.check(path);
    try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(),
        new ReadingOptions(check.hasStyles(), true))) {
      date1904 = workbook.isDate1904();
      Map<Sheet, org.dhatim.fastexcel.reader.Sheet> found = new LinkedHashMap<>();
      for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
        String name = sheet.getName();
        var layout = Sheets.byName(name);
        if (layout.isPresent() && !found.containsKey(layout.get())) {
          found.put(layout.get(), sheet);
        } else if (!Sheets.NOT_DATA.contains(name)) {
          add(new SheetProblem(Problem.warning("unknown-sheet", "", "the sheet " + quoted(name)
              + " is not in the layout and is not read" + nearest(name, sheetNames())), file,
              name, 0, 0, false));
        }
      }
      for (Sheet sheet : Sheets.ALL) {
        org.dhatim.fastexcel.reader.Sheet source = found.get(sheet);
        if (source == null) {
          continue;
        }
        SheetData data = sheets.get(sheet);
        data.present = true;
        data.source = sheet.name();
        for (String range : merges.getOrDefault(sheet.name(), List.of())) {
          int[] cell = CellAddress.parse(range.split(":")[0]);
          error(data, "merged-cell", "the cells " + range + " are merged: unmerge them and "
              + "fill each cell", cell[0], cell[1]);
        }
        try (Stream<Row> rows = source.openStream()) {
          Iterator<Row> it = rows.iterator();
          while (it.hasNext()) {
            Row row = it.next();
            row(data, row.getRowNum(), cells(data, row));
          }
        }
      }
    } catch (Stop stop) {
      throw stop;
    } catch (IOException | RuntimeException e) {
      throw Stop.whole("not-a-workbook", "the workbook cannot be read: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }

  private RawCell[] cells(SheetData data, Row row) {
    int count = row.getCellCount();
    RawCell[] cells = new RawCell[Math.min(count, limits.maxColumns())];
    for (int i = 0; i < count; i++) {
      Cell cell = row.getCell(i);
      RawCell raw = raw(cell);
      if (raw.isEmpty()) {
        if (i < cells.length) {
          cells[i] = raw;
        }
        continue;
      }
      if (i >= limits.maxColumns()) {
        throw new Stop("limit-exceeded", "the sheet has a value in column " + (i + 1)
            + ", past the limit of " + limits.maxColumns() + " columns", data.source,
            row.getRowNum(), i + 1);
      }
      cells[i] = raw;
    }
    return cells;
  }

  private static RawCell raw(Cell cell) {
    if (cell == null) {
      return RawCell.EMPTY;
    }
    if (cell.getFormula() != null && !cell.getFormula().isEmpty()) {
      return new RawCell(RawCell.Type.FORMULA, cell.getFormula(), null, false, false);
    }
    return switch (cell.getType()) {
      case NUMBER -> RawCell.number(exact(cell),
          CellDecoder.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()));
      case STRING -> RawCell.text(String.valueOf(cell.getValue()));
      case BOOLEAN -> new RawCell(RawCell.Type.BOOLEAN, cell.getRawValue(), null, false,
          Boolean.TRUE.equals(cell.asBoolean()));
      case FORMULA -> new RawCell(RawCell.Type.FORMULA, String.valueOf(cell.getFormula()),
          null, false, false);
      case ERROR -> new RawCell(RawCell.Type.ERROR, String.valueOf(cell.getRawValue()), null,
          false, false);
      case EMPTY -> RawCell.EMPTY;
    };
  }

  /**
   * Reads a number cell's digits as the file stores them: the reader's own number goes through
   * a double, which turns 0.000001 into 0.0000010 and 0.00 into 0.0.
   */
  private static BigDecimal exact(Cell cell) {
    String raw = cell.getRawValue();
    try {
      return new BigDecimal(raw.strip());
    } catch (RuntimeException e) {
      return cell.asNumber();
    }
  }

  // ---------------------------------------------------------------- reading a CSV folder

  private void readFolder(Path folder) throws IOException {
    Map<Sheet, Path> found = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      entries.forEach(files::add);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    long total = 0;
    for (Path path : files) {
      String name = path.getFileName().toString();
      if (!Files.isRegularFile(path) || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        continue;
      }
      var layout = Sheets.byFile(name);
      if (layout.isEmpty()) {
        add(new SheetProblem(Problem.warning("unknown-sheet", "", "the file " + quoted(name)
            + " is not in the layout and is not read" + nearest(name, fileNames())),
            file + "/" + name, name, 0, 0, true));
        continue;
      }
      long size = Files.size(path);
      total += size;
      if (size > limits.maxFileBytes()) {
        throw new Stop("limit-exceeded", "the file has " + size + " bytes, over the limit of "
            + limits.maxFileBytes(), name, 0, 0);
      }
      if (total > limits.maxTotalBytes()) {
        throw Stop.whole("limit-exceeded", "the CSV files have more than "
            + limits.maxTotalBytes() + " bytes together, the limit");
      }
      found.put(layout.get(), path);
    }
    for (Sheet sheet : Sheets.ALL) {
      Path path = found.get(sheet);
      if (path != null) {
        SheetData data = sheets.get(sheet);
        data.present = true;
        data.source = sheet.file();
        readCsv(data, path);
      }
    }
  }

  private void readCsv(SheetData data, Path path) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    try (Reader reader = new BufferedReader(new InputStreamReader(
        Files.newInputStream(path), decoder), 1 << 16)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
      try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
          line = (int) parser.getCurrentLineNumber() + 1;
          if (!it.hasNext()) {
            break;
          }
          CSVRecord record = it.next();
          if (record.size() > limits.maxColumns()) {
            throw new Stop("limit-exceeded", "the line has " + record.size()
                + " values, past the limit of " + limits.maxColumns() + " columns",
                data.source, line, limits.maxColumns() + 1);
          }
          RawCell[] cells = new RawCell[record.size()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = RawCell.text(record.get(i));
          }
          row(data, line, cells);
          if (!isEmpty(cells)) {
            // a value that spans lines ends the record on a later line than it starts
            data.lastRow = Math.max(data.lastRow, (int) parser.getCurrentLineNumber());
          }
        }
      }
    } catch (CharacterCodingException e) {
      notUtf8(data, path);
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof CharacterCodingException) {
        notUtf8(data, path);
      } else {
        data.cutShort = true;
        error(data, "not-a-workbook", "the file is not valid CSV from line " + line + ": "
            + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""), line, 0);
      }
    }
  }

  private void notUtf8(SheetData data, Path path) throws IOException {
    data.cutShort = true;
    int line = malformedLine(path);
    error(data, "not-a-workbook", "the file is not UTF-8 text: line " + line
        + " holds bytes that UTF-8 cannot read; save it as CSV UTF-8", line, 0);
  }

  // The CSV reader decodes a buffer ahead of the record it parses, so the parser's line when
  // decoding fails is not where the bytes are: the file is decoded again to find that line.
  static int malformedLine(Path path) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    int line = 1;
    try (ReadableByteChannel channel = Files.newByteChannel(path)) {
      while (true) {
        boolean end = channel.read(in) < 0;
        in.flip();
        CoderResult result = decoder.decode(in, out, end);
        out.flip();
        while (out.hasRemaining()) {
          if (out.get() == '\n') {
            line++;
          }
        }
        out.clear();
        if (result.isError() || end && !in.hasRemaining()) {
          return line;
        }
        in.compact();
      }
    }
  }

  // ---------------------------------------------------------------- rows

  private static boolean isEmpty(RawCell[] cells) {
    for (RawCell cell : cells) {
      if (cell != null && !cell.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void row(SheetData data, int rowNum, RawCell[] cells) throws IOException {
    if (rowNum > limits.maxRows()) {
      throw new Stop("limit-exceeded", "the sheet has more than " + limits.maxRows()
          + " rows, the limit", data.source, rowNum, 0);
    }
    boolean empty = true;
    for (RawCell cell : cells) {
      if (cell != null && !cell.isEmpty()) {
        empty = false;
        if (cell.length() > limits.maxCellLength()) {
          int column = java.util.Arrays.asList(cells).indexOf(cell) + 1;
          throw new Stop("limit-exceeded", "the cell holds " + cell.length()
              + " characters, over the limit of " + limits.maxCellLength(), data.source,
              rowNum, column);
        }
      }
    }
    if (empty) {
      return;
    }
    if (data.headerRow == 0) {
      headers(data, rowNum, cells);
      data.lastRow = rowNum;
      return;
    }
    if (rowNum > data.lastRow + 1) {
      int gap = rowNum - data.lastRow - 1;
      add(data, Severity.WARNING, "empty-row", "", gap == 1
          ? "the row is empty and is skipped; the rows after it are read"
          : "the " + gap + " rows from here are empty and are skipped; the rows after them "
              + "are read", data.lastRow + 1, 1);
    }
    data.lastRow = rowNum;
    if (!data.missingReported && !data.missing.isEmpty()) {
      data.missingReported = true;
      for (String header : data.missing) {
        error(data, "missing-property", "the sheet has rows but no column " + quoted(header)
            + ", which it must have", data.headerRow, 1);
      }
    }
    if (data.sheet.single() && data.size() > 0) {
      error(data, "too-many-documents", "the Document sheet has more than one row of data: "
          + "only the first is read", rowNum, 1);
      return;
    }
    List<Integer> fieldIndexes = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    Object[] parentValues = new Object[data.sheet.parentColumns().size()];
    for (int f = 0; f < data.fields.size(); f++) {
      Field field = data.fields.get(f);
      RawCell cell = field.column() <= cells.length ? cells[field.column() - 1] : null;
      if (cell == null || cell.isEmpty()) {
        continue;
      }
      if (cell.type() == RawCell.Type.FORMULA) {
        error(data, "formula-cell", "the cell holds the formula =" + cell.text()
            + ": type its value instead", rowNum, field.column());
        refused(data, rowNum, field.column());
        continue;
      }
      Object value = field.kind() == null ? CellDecoder.extension(cell)
          : CellDecoder.decode(field.kind(), cell, date1904);
      if (value instanceof CellDecoder.Refused refused) {
        error(data, refused.rule(), refused.message(), rowNum, field.column());
        refused(data, rowNum, field.column());
        continue;
      }
      if (field.parent()) {
        parentValues[data.sheet.parentColumns().indexOf(data.sheet.column(field.header())
            .orElseThrow())] = value;
      } else {
        fieldIndexes.add(f);
        values.add(value);
      }
    }
    int parent = -1;
    String prefix = "";
    if (!data.sheet.parents().isEmpty()) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < parentValues.length; i++) {
        String text = keyText(parentValues[i]);
        Column column = data.sheet.parentColumns().get(i);
        Integer at = data.columns.get(column.header());
        if (at == null) {
          return;  // reported once as a missing column
        }
        if (text == null) {
          error(data, "unknown-reference", "the row names no " + column.header() + " in its "
              + quoted(column.header()) + " column, so it belongs to nothing", rowNum, at);
          return;
        }
        key.append(i == 0 ? "" : "\u0000").append(text);
      }
      SheetData parentData = sheets.get(data.sheet.parents().get(data.sheet.parents().size() - 1));
      Integer found = parentData.keys.get(key.toString());
      if (found == null && (parentData.cutShort || parentData.incomplete)) {
        // Its parent may be among the rows that could not be read, as said there; and so may
        // the parents of its own children.
        data.incomplete = true;
        return;
      }
      if (found == null) {
        Column last = data.sheet.parentColumns().get(parentValues.length - 1);
        error(data, "unknown-reference", "no row of " + parentData.sheet.name() + " is "
            + describe(data.sheet, parentValues) + ", which the row names: it belongs to "
            + "nothing", rowNum, data.columns.get(last.header()));
        return;
      }
      parent = found;
      if (keyedWithinParent(data.sheet)) {
        prefix = key + "\u0000";
      }
    }
    int index = data.store.add(rowNum, parent, fieldIndexes, values);
    if (data.sheet == Sheets.THEMES && themeLabels.size() < MOST_THEME_LABELS) {
      label(data, fieldIndexes, values);
    }
    String own = ownKey(data, fieldIndexes, values);
    if (own != null) {
      data.keys.putIfAbsent(prefix + own, index);
    }
  }

  /**
   * Tells whether a sheet's rows are named by their children with their parent's key before
   * their own (a table by its event, session and number), rather than by their own id alone
   * (a project, whose id is unique across the document).
   */
  private static boolean keyedWithinParent(Sheet sheet) {
    return Sheets.ALL.stream().anyMatch(child -> !child.parents().isEmpty()
        && child.parents().get(child.parents().size() - 1) == sheet
        && child.parentColumns().size() > 1);
  }

  private static String describe(Sheet sheet, Object[] parentValues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parentValues.length; i++) {
      out.append(i == 0 ? "" : ", ").append(sheet.parentColumns().get(i).header()).append(' ')
          .append(quoted(keyText(parentValues[i])));
    }
    return out.toString();
  }

  private void label(SheetData data, List<Integer> fields, List<Object> values) {
    String id = null;
    String label = null;
    for (int i = 0; i < fields.size(); i++) {
      String header = data.fields.get(fields.get(i)).header();
      if (values.get(i) instanceof String text) {
        id = header.equals("id") ? text : id;
        label = header.equals("label") ? text : label;
      }
    }
    if (id != null && label != null) {
      themeLabels.putIfAbsent(label.trim().toLowerCase(Locale.ROOT), id);
    }
  }

  private static String ownKey(SheetData data, List<Integer> fields, List<Object> values) {
    String keyColumn = data.sheet == Sheets.TABLES ? "number" : "id";
    for (int i = 0; i < fields.size(); i++) {
      if (data.fields.get(fields.get(i)).header().equals(keyColumn)) {
        return keyText(values.get(i));
      }
    }
    return null;
  }

  private static String keyText(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigInteger n) {
      return n.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    return null;
  }

  /**
   * The separator, other than a comma, that a CSV header line seems to use: a spreadsheet in a
   * locale whose decimal mark is a comma saves CSV with semicolons. {@code null} if none.
   */
  private static String otherSeparator(String header, List<String> known) {
    for (String[] separator : new String[][] {{";", "semicolons"}, {"\t", "tabs"}}) {
      int at = header.indexOf(separator[0]);
      if (at > 0 && known.contains(header.substring(0, at).strip())) {
        return separator[1];
      }
    }
    return null;
  }

  private void headers(SheetData data, int rowNum, RawCell[] cells) {
    data.headerRow = rowNum;
    Map<String, Integer> ext = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      RawCell cell = cells[i];
      if (cell == null || cell.isEmpty()) {
        continue;
      }
      String header = cell.text();
      int column = i + 1;
      if (data.columns.containsKey(header)) {
        error(data, "duplicate-property", "the column header " + quoted(header)
            + " is also in column " + CellAddress.letters(data.columns.get(header)), rowNum,
            column);
        continue;
      }
      if (data.sheet.column(header).isPresent()) {
        data.columns.put(header, column);
      } else if (extensionPath(data.sheet, header) != null) {
        data.columns.put(header, column);
        ext.put(header, column);
      } else {
        List<String> known = data.sheet.allColumns().stream().map(Column::header).toList();
        String separator = csv ? otherSeparator(header, known) : null;
        error(data, "unknown-property", "the sheet has no column " + quoted(header)
            + (separator != null ? ": its values are separated by " + separator + ", and CSV "
                + "files are read separated by commas: save it as CSV UTF-8 (comma delimited)"
            : nearest(header, known) + " (an extension's column is headed ext. and its key)"),
            rowNum, column);
      }
    }
    int parents = data.sheet.parentColumns().size();
    List<Column> all = data.sheet.allColumns();
    for (int i = 0; i < all.size(); i++) {
      Column column = all.get(i);
      Integer at = data.columns.get(column.header());
      if (at == null) {
        if (column.required()) {
          data.missing.add(column.header());
        }
        continue;
      }
      boolean parent = i < parents;
      data.fields.add(new Field(column.header(), parent ? List.of() : column.path(),
          column.kind(), at, parent));
    }
    ext.forEach((header, column) -> data.fields.add(new Field(header,
        extensionPath(data.sheet, header), null, column, false)));
  }

  private static List<String> extensionPath(Sheet sheet, String header) {
    if (header.startsWith(Sheets.EXTENSION_PREFIX)
        && header.length() > Sheets.EXTENSION_PREFIX.length()) {
      return List.of("extensions", header.substring(Sheets.EXTENSION_PREFIX.length()));
    }
    for (String nested : sheet.nested()) {
      String prefix = nested + Sheets.EXTENSION_PREFIX;
      if (header.startsWith(prefix) && header.length() > prefix.length()) {
        return List.of(nested.substring(0, nested.length() - 1), "extensions",
            header.substring(prefix.length()));
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- grouping and writing

  private void group() {
    for (SheetData data : sheets.values()) {
      if (data.sheet.parents().isEmpty()) {
        continue;
      }
      SheetData parent = sheets.get(data.sheet.parents().get(data.sheet.parents().size() - 1));
      int[] start = new int[parent.size() + 1];
      for (int i = 0; i < data.size(); i++) {
        start[data.store.parent(i) + 1]++;
      }
      for (int p = 0; p < parent.size(); p++) {
        start[p + 1] += start[p];
      }
      int[] next = java.util.Arrays.copyOf(start, parent.size());
      int[] order = new int[data.size()];
      for (int i = 0; i < data.size(); i++) {
        order[next[data.store.parent(i)]++] = i;
      }
      data.start = start;
      data.order = order;
    }
  }

  private void emit(OutputStream out) throws IOException {
    try (JsonGenerator generator = DocumentWriter.generator(out)) {
      SheetData document = sheets.get(Sheets.DOCUMENT);
      emitObject(generator, document, document.size() > 0 ? 0 : -1);
      generator.writeRaw('\n');
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void emitObject(JsonGenerator out, SheetData data, int index) throws IOException {
    List<Integer> fields = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (index >= 0) {
      data.store.read(index, fields, values);
    }
    out.writeStartObject();
    for (String name : data.properties) {
      SheetData child = child(data, name);
      if (child != null) {
        if (data.sheet.single()) {
          if (child.size() > 0 || name.equals("cities")) {
            out.writeName(name);
            out.writeStartArray();
            for (int i = 0; i < child.size(); i++) {
              emitObject(out, child, i);
            }
            out.writeEndArray();
          }
        } else if (child.start != null && child.start[index + 1] > child.start[index]) {
          out.writeName(name);
          out.writeStartArray();
          for (int i = child.start[index]; i < child.start[index + 1]; i++) {
            emitObject(out, child, child.order[i]);
          }
          out.writeEndArray();
        }
        continue;
      }
      emitProperty(out, data, name, fields, values);
    }
    out.writeEndObject();
  }

  private void emitProperty(JsonGenerator out, SheetData data, String name,
      List<Integer> fields, List<Object> values) {
    boolean open = false;
    boolean extensionsOpen = false;
    for (int i = 0; i < fields.size(); i++) {
      Field field = data.fields.get(fields.get(i));
      List<String> path = field.path();
      if (path.isEmpty() || !path.get(0).equals(name)) {
        continue;
      }
      if (path.size() == 1) {
        out.writeName(name);
        value(out, values.get(i));
        continue;
      }
      if (!open) {
        out.writeName(name);
        out.writeStartObject();
        open = true;
      }
      if (name.equals("extensions")) {
        out.writeName(path.get(1));
        value(out, values.get(i));
      } else if (path.get(1).equals("extensions")) {
        if (!extensionsOpen) {
          out.writeName("extensions");
          out.writeStartObject();
          extensionsOpen = true;
        }
        out.writeName(path.get(2));
        value(out, values.get(i));
      } else {
        out.writeName(path.get(1));
        value(out, values.get(i));
      }
    }
    if (extensionsOpen) {
      out.writeEndObject();
    }
    if (open) {
      out.writeEndObject();
    }
  }

  private static void value(JsonGenerator out, Object value) {
    if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof BigInteger n) {
      out.writeNumber(n);
    } else if (value instanceof BigDecimal d) {
      out.writeNumber(d);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof CellDecoder.JsonText json) {
      try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json.json())) {
        parser.nextToken();
        out.copyCurrentStructureExact(parser);
      }
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        out.writeString((String) item);
      }
      out.writeEndArray();
    } else {
      out.writeNull();
    }
  }

  private SheetData child(SheetData parent, String property) {
    return parent.children.computeIfAbsent(property,
        p -> Optional.ofNullable(child(parent.sheet, p))).orElse(null);
  }

  private SheetData child(Sheet sheet, String property) {
    for (SheetData data : sheets.values()) {
      Sheet candidate = data.sheet;
      if (candidate.single()) {
        continue;
      }
      boolean isChild = sheet.single() ? candidate.parents().isEmpty()
          : !candidate.parents().isEmpty()
              && candidate.parents().get(candidate.parents().size() - 1) == sheet;
      if (isChild && candidate.property().equals(property)) {
        return data;
      }
    }
    return null;
  }

  private static Map<Sheet, List<String>> order() {
    Map<Sheet, List<String>> order = new LinkedHashMap<>();
    order.put(Sheets.DOCUMENT, List.of("scapVersion", "metadata", "taxonomies", "cities",
        "organizations", "plans", "events", "extensions"));
    order.put(Sheets.TAXONOMIES, List.of("id", "name", "themes", "extensions"));
    order.put(Sheets.THEMES, List.of("id", "label", "description", "broader", "extensions"));
    order.put(Sheets.CITIES, List.of("id", "name", "country", "population", "location",
        "networks", "extensions"));
    order.put(Sheets.ORGANIZATIONS, List.of("id", "name", "kind", "country", "offers",
        "themes", "extensions"));
    order.put(Sheets.PLANS, List.of("id", "city", "title", "adopted", "period", "vision",
        "focusAreas", "targets", "projects", "partners", "extensions"));
    order.put(Sheets.FOCUS_AREAS, List.of("theme", "priority", "challenges", "extensions"));
    order.put(Sheets.TARGETS, List.of("description", "theme", "year", "extensions"));
    List<String> partner = List.of("organization", "role", "support", "note", "extensions");
    order.put(Sheets.PLAN_PARTNERS, partner);
    order.put(Sheets.PROJECTS, List.of("id", "title", "description", "themes", "stage",
        "start", "end", "cost", "supportNeeded", "partners", "indicators", "extensions"));
    order.put(Sheets.PROJECT_PARTNERS, partner);
    order.put(Sheets.INDICATORS, List.of("name", "unit", "baseline", "target", "targetYear",
        "extensions"));
    order.put(Sheets.EVENTS, List.of("id", "name", "start", "end", "venue", "organizations",
        "cities", "sessions", "note", "extensions"));
    order.put(Sheets.EVENT_ORGANIZATIONS, List.of("organization", "role", "extensions"));
    order.put(Sheets.SESSIONS, List.of("id", "kind", "title", "description", "date",
        "taxonomy", "themes", "tables", "extensions"));
    order.put(Sheets.TABLES, List.of("number", "theme", "seats", "guests", "partners", "slot",
        "room", "extensions"));
    order.put(Sheets.TABLE_PARTNERS, List.of("organization", "note", "extensions"));
    return order;
  }

  // ---------------------------------------------------------------- validating and placing

  private void validate(Path json) throws IOException {
    SheetData document = sheets.get(Sheets.DOCUMENT);
    boolean noVersion = document.size() == 0;
    if (noVersion) {
      add(new SheetProblem(Problem.error("required", "/scapVersion", csv
          ? "the folder has no document.csv with a row, so the document has no scapVersion "
              + "(the format's version, such as 1.1)"
          : "the workbook has no Document sheet with a row, so the document has no "
              + "scapVersion (the format's version, such as 1.1)"), file, "", 0, 0, csv));
    }
    try (InputStream in = Files.newInputStream(json);
        PlanStream stream = ScapReader.create().stream(in, problem -> place(problem,
            noVersion))) {
      while (stream.hasNext()) {
        stream.next();
      }
    } catch (ScapFormatException e) {
      Problem problem = e.problem();
      add(new SheetProblem(new Problem(problem.severity(), problem.rule(), problem.pointer(),
          problem.message(), 0, 0), file, "", 0, 0, csv));
    }
  }

  private void refused(SheetData data, int row, int column) {
    if (refused.size() < limits.maxProblems()) {
      refused.add(List.of(data.place(), data.source, row, column));
    }
  }

  private void place(Problem found, boolean noVersion) {
    if (noVersion && found.pointer().equals("/scapVersion")) {
      return;  // said once, with the reason
    }
    SheetProblem placed = locate(new Problem(found.severity(), found.rule(), found.pointer(),
        found.message(), 0, 0));
    if (placed != null && found.rule().equals("required") && refused.contains(
        List.of(placed.file(), placed.sheet(), placed.row(), placed.column()))) {
      return;  // the cell's value was refused, and that was said at the cell
    }
    if (placed != null) {
      add(Hints.of(placed, this::within, themeLabels));
    }
  }

  /**
   * Places a problem by its pointer: at the cell of the value, the row of the object, its sheet
   * or the whole file; {@code null} for one already said for a whole column.
   */
  private SheetProblem locate(Problem problem) {
    List<String> steps = steps(problem.pointer());
    SheetData current = sheets.get(Sheets.DOCUMENT);
    int index = current.size() > 0 ? 0 : -1;
    int i = 0;
    while (i < steps.size()) {
      SheetData child = child(current, steps.get(i));
      if (child == null) {
        break;
      }
      Integer item = i + 1 < steps.size() ? integer(steps.get(i + 1)) : null;
      if (item == null) {
        if (current.sheet.single()) {
          return new SheetProblem(problem, child.present ? child.place() : file,
              child.present ? child.source : "", 0, 0, csv);
        }
        return atRow(problem, current, index, 1);
      }
      int row;
      if (current.sheet.single()) {
        row = item < child.size() ? item : -1;
      } else {
        int at = child.start == null ? -1 : child.start[index] + item;
        row = at >= 0 && at < child.start[index + 1] ? child.order[at] : -1;
      }
      if (row < 0) {
        return new SheetProblem(problem, child.present ? child.place() : file,
            child.present ? child.source : "", 0, 0, csv);
      }
      current = child;
      index = row;
      i += 2;
    }
    if (index < 0) {
      return new SheetProblem(problem, file, "", 0, 0, csv);
    }
    List<String> rest = steps.subList(i, steps.size());
    List<String> headerSteps = new ArrayList<>();
    for (String step : rest) {
      headerSteps.add(step.equals("extensions") ? "ext" : step);
    }
    Integer column = null;
    for (int k = headerSteps.size(); k > 0 && column == null; k--) {
      String header = String.join(".", headerSteps.subList(0, k));
      column = current.columns.get(header);
      if (column == null && k == headerSteps.size() && current.missing.contains(header)
          && (problem.rule().equals("required") || problem.rule().equals("missing-property"))) {
        return null;  // reported once for the whole column
      }
    }
    if (column == null && !rest.isEmpty()) {
      String prefix = rest.get(0) + ".";
      for (Map.Entry<String, Integer> entry : current.columns.entrySet()) {
        if (entry.getKey().startsWith(prefix)) {
          column = entry.getValue();
          break;
        }
      }
    }
    return atRow(problem, current, index, column == null ? 1 : column);
  }

  private SheetProblem atRow(Problem problem, SheetData data, int index, int column) {
    return new SheetProblem(problem, data.place(), data.source, data.store.row(index), column,
        csv);
  }

  /**
   * Tells where in the workbook or folder a pointer's value is, as a person reads it in a
   * message ({@code Cities!A2}, {@code cities.csv:2:1}).
   *
   * @return the place, empty if the pointer names no row
   */
  private java.util.Optional<String> within(String pointer) {
    SheetProblem placed = locate(Problem.error("", pointer, ""));
    if (placed == null || placed.row() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(csv
        ? placed.sheet() + ":" + placed.row() + ":" + Math.max(1, placed.column())
        : placed.sheet() + "!" + placed.cell());
  }

  private static Integer integer(String step) {
    if (step.isEmpty() || step.length() > 9 || !step.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(step);
  }

  private static List<String> steps(String pointer) {
    List<String> steps = new ArrayList<>();
    if (pointer.isEmpty() || pointer.equals("/")) {
      return steps;
    }
    for (String step : pointer.substring(1).split("/", -1)) {
      steps.add(step.replace("~1", "/").replace("~0", "~"));
    }
    return steps;
  }

  // ---------------------------------------------------------------- words

  /** Quotes a value in a message as the format's messages do, in double quotes. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }



  private static List<String> sheetNames() {
    return Sheets.ALL.stream().map(Sheet::name).toList();
  }

  private static List<String> fileNames() {
    return Sheets.ALL.stream().map(Sheet::file).toList();
  }

  /**
   * Names the nearest of some words, when one is close enough to have been meant (as the JSON
   * reader's suggestions judge it).
   *
   * @param word the word typed
   * @param known the words it may have meant
   * @return {@code " (did you mean \"x\"?)"}, or {@code ""}
   */
  static String nearest(String word, List<String> known) {
    return Suggestions.closest(word, known).map(best -> " (did you mean " + quoted(best) + "?)")
        .orElse("");
  }
}
