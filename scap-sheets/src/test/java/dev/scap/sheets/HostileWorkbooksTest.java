package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.sheets.internal.Sheets;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, each built here by hand from the parts of the template that
 * {@link SheetsWriter} writes, with one part replaced or added: small on disk, streamed while
 * written, and refused or read within a limit of {@link SheetLimits} with one clear line.
 */
class HostileWorkbooksTest {

  private static final String CITIES = "xl/worksheets/sheet"
      + (Sheets.ALL.indexOf(Sheets.CITIES) + 1) + ".xml";
  private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

  @TempDir
  static Path folder;

  private static Path template;
  private static Map<String, byte[]> parts;

  /** The largest hostile workbooks, built once for the tests here and in a small heap. */
  private static final Map<String, Path> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  private interface Build {
    Path build() throws IOException;
  }

  private static Path once(String name, Build build) throws IOException {
    Path built = BUILT.get(name);
    if (built == null) {
      built = build.build();
      BUILT.put(name, built);
    }
    return built;
  }

  private static Path bomb() throws IOException {
    return once("bomb", () -> workbook("bomb.xlsx", Map.of(CITIES, spaces(50 << 20))));
  }

  private static Path millionRows() throws IOException {
    return once("rows", () -> workbook("rows.xlsx", Map.of(CITIES, millionEmptyRows())));
  }

  private static Path hugeStrings() throws IOException {
    return once("strings", () -> withSharedStrings("strings.xlsx",
        repeatedStrings(300L << 20)));
  }

  /** Writes a part's bytes to a zip entry, so that a large part is never held whole. */
  interface Part {
    void writeTo(OutputStream out) throws IOException;

    static Part of(byte[] bytes) {
      return out -> out.write(bytes);
    }

    static Part of(String text) {
      return of(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @BeforeAll
  static void readTheTemplatesParts() throws IOException {
    template = folder.resolve("template.xlsx");
    SheetsWriter.create().writeTemplate(template);
    parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(template.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          parts.put(entry.getName(), in.readAllBytes());
        }
      }
    }
  }

  @Test
  void theTemplateItselfReadsWithinTheLimits() throws IOException {
    SheetsReadResult result = SheetsReader.create().read(template);

    assertThat(result.problems()).isEmpty();
    assertThat(result.document()).isPresent();
  }

  @Test
  void refusesASheetThatInflatesAThousandfold() throws IOException {
    Path bomb = bomb();

    assertRefused(SheetsReader.create().read(bomb), "limit-exceeded",
        "more than 200 times its compressed size");
    assertThat(Files.size(bomb)).isLessThan(1 << 20);
  }

  @Test
  void refusesABombWhoseHeadersUnderstateItsSize() throws IOException {
    Path bomb = workbook("lying.xlsx", Map.of(CITIES, spaces(50 << 20)));
    declareSize(bomb, CITIES, 2_000);
    try (ZipFile zip = new ZipFile(bomb.toFile())) {
      assertThat(zip.getEntry(CITIES).getSize()).isEqualTo(2_000);
    }

    assertRefused(SheetsReader.create().read(bomb), "limit-exceeded",
        "more than 200 times its compressed size");
    assertRefused(SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxPartBytes(4 << 20)
        .withMaxCompressionRatio(100_000)).read(bomb), "limit-exceeded",
        "inflates past " + (4 << 20) + " bytes");
  }

  @Test
  void readsAMillionEmptyRowsWithinTheDefaultLimitsAndTheRowAfterThem() throws IOException {
    Path rows = millionRows();

    SheetsReadResult result = SheetsReader.create().read(rows);

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("empty-row");
      assertThat(p.place()).endsWith("rows.xlsx:Cities!A3");
    });
    assertThat(result.document().orElseThrow().cities()).extracting(c -> c.id().value())
        .containsExactly("hanoi", "hue");
  }

  @Test
  void stopsAMillionRowsAtASmallRowLimit() throws IOException {
    Path rows = millionRows();

    SheetsReadResult result = SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxRows(1_000))
        .read(rows);

    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("limit-exceeded");
      assertThat(p.sheet()).isEqualTo("Cities");
      // rows count empty ones: the first row past the limit is the 1,001st, an empty one
      assertThat(p.place()).endsWith("rows.xlsx:Cities!1001");
      assertThat(p.problem().message()).contains("1000");
      assertThat(p.toString()).doesNotContain("\n");
    });
  }

  @Test
  void refusesSharedStringsOfHundredsOfMegabytesThatCompressLikeABomb() throws IOException {
    Path file = hugeStrings();
    assertThat(Files.size(file)).isLessThan(4 << 20);

    assertRefused(SheetsReader.create().read(file), "limit-exceeded", SHARED_STRINGS);
  }

  @Test
  void refusesSharedStringsPastTheirLimitThatCompressLikeText() throws IOException {
    Path file = withSharedStrings("text-strings.xlsx", randomStrings(3 << 20));

    assertRefused(SheetsReader.withLimits(SheetLimits.DEFAULTS
        .withMaxSharedStringsBytes(2 << 20)).read(file), "limit-exceeded",
        "(the shared strings) inflates past " + (2 << 20) + " bytes");
  }

  @Test
  void holdsSharedStringsToTheirLimitWhateverThePartIsNamed() throws IOException {
    Map<String, Part> changes = new LinkedHashMap<>();
    changes.put("xl/strings.xml", randomStrings(3 << 20));
    changes.put("[Content_Types].xml", Part.of(text("[Content_Types].xml").replace("</Types>",
        "<Override PartName=\"/xl/strings.xml\" ContentType=\"application/vnd."
        + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")));
    changes.put("xl/_rels/workbook.xml.rels", Part.of(text("xl/_rels/workbook.xml.rels")
        .replace("</Relationships>", "<Relationship Id=\"rIdStrings\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            + "Target=\"strings.xml\"/></Relationships>")));
    Path file = workbook("renamed.xlsx", changes);

    assertRefused(SheetsReader.withLimits(SheetLimits.DEFAULTS
        .withMaxSharedStringsBytes(2 << 20)).read(file), "limit-exceeded",
        "(the shared strings) inflates past " + (2 << 20) + " bytes");
  }

  @Test
  void readsACsvFileOfAMillionEmptyLinesAndStopsItAtASmallRowLimit() throws IOException {
    Path data = folder.resolve("empty-lines");
    SheetsWriter.create().writeTemplate(data);
    Files.writeString(data.resolve("cities.csv"), "id,name,country\r\nhanoi,Hanoi,VN\r\n"
        + ",,\r\n".repeat(1_000_000) + "hue,Hue,VN\r\n", StandardCharsets.UTF_8);

    SheetsReadResult read = SheetsReader.create().read(data);
    SheetsReadResult stopped = SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxRows(1_000))
        .read(data);

    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("empty-row");
      assertThat(p.place()).endsWith("cities.csv:3:1");
    });
    assertThat(read.document().orElseThrow().cities()).hasSize(2);
    assertThat(stopped.document()).isEmpty();
    assertThat(stopped.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("limit-exceeded");
      assertThat(p.place()).endsWith("cities.csv:1001");
    });
  }

  @Test
  void refusesAWorkbookLinkedToAnotherWorkbook() throws IOException {
    Map<String, Part> changes = new LinkedHashMap<>();
    changes.put("xl/externalLinks/externalLink1.xml", Part.of("<?xml version=\"1.0\"?>"
        + "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<externalBook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships\" r:id=\"rId1\"/></externalLink>"));
    changes.put("xl/externalLinks/_rels/externalLink1.xml.rels", Part.of(
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
        + "openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" "
        + "Target=\"file:///C:/budget/costs.xlsx\" TargetMode=\"External\"/>"
        + "</Relationships>"));
    changes.put("xl/_rels/workbook.xml.rels", Part.of(text("xl/_rels/workbook.xml.rels")
        .replace("</Relationships>", "<Relationship Id=\"rIdLink\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/externalLink\" "
            + "Target=\"externalLinks/externalLink1.xml\"/></Relationships>")));
    Path file = workbook("linked.xlsx", changes);

    assertRefused(SheetsReader.create().read(file), "unsafe-workbook",
        "links to other files (xl/externalLinks/externalLink1.xml)");
  }

  @Test
  void refusesAWorkbookWithAVbaProject() throws IOException {
    Map<String, Part> changes = new LinkedHashMap<>();
    changes.put("xl/vbaProject.bin", Part.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
        (byte) 0xE0, 1, 2, 3}));
    changes.put("[Content_Types].xml", Part.of(macroEnabled()));
    Path file = workbook("macros.xlsm", changes);

    assertRefused(SheetsReader.create().read(file), "unsafe-workbook", "macros");
  }

  @Test
  void refusesAWorkbookOfTheMacroEnabledTypeEvenWithoutItsMacros() throws IOException {
    Path file = workbook("macros.xlsx", Map.of("[Content_Types].xml",
        Part.of(macroEnabled())));

    assertRefused(SheetsReader.create().read(file), "unsafe-workbook", "macro-enabled");
  }

  @Test
  void stopsAtAValuePastTheColumnLimit() throws IOException {
    String far = SheetProblem.letters(1_001);
    Path file = workbook("wide.xlsx", Map.of(CITIES, Part.of(sheet(
        row(1, "id", "name", "country"),
        row(2, "hanoi", "Hanoi", "VN").replace("</row>", "<c r=\"" + far
            + "2\" t=\"inlineStr\"><is><t>x</t></is></c></row>")))));

    SheetsReadResult result = SheetsReader.create().read(file);

    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("limit-exceeded");
      assertThat(p.place()).endsWith("wide.xlsx:Cities!" + far + "2");
      assertThat(p.problem().message()).contains("1001").contains("1000 columns");
    });
  }

  @Test
  void stopsAtACellPastTheDefaultLengthLimit() throws IOException {
    Path file = workbook("long.xlsx", Map.of(CITIES, Part.of(sheet(
        row(1, "id", "name", "country"),
        row(2, "hanoi", randomLetters(1_000_001, 7), "VN")))));

    SheetsReadResult result = SheetsReader.create().read(file);

    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("limit-exceeded");
      assertThat(p.place()).endsWith("long.xlsx:Cities!B2");
      assertThat(p.problem().message()).contains("1000001").contains("1000000");
    });
  }

  @Test
  void refusesAFileLargerThanTheLimitFromAPathAndFromAStream() throws IOException {
    long size = Files.size(template);
    SheetsReader reader = SheetsReader.withLimits(SheetLimits.DEFAULTS
        .withMaxFileBytes(size - 1));

    assertRefused(reader.read(template), "limit-exceeded", size + " bytes");
    try (InputStream in = Files.newInputStream(template)) {
      assertRefused(reader.read(in, "upload.xlsx"), "limit-exceeded", "bytes, the limit");
    }
  }

  @Test
  void refusesAZipOfTooManyEntries() throws IOException {
    Map<String, Part> changes = new LinkedHashMap<>();
    for (int i = 0; i <= 10_000; i++) {
      changes.put("xl/media/image" + i + ".png", Part.of(new byte[0]));
    }
    Path file = workbook("entries.xlsx", changes);

    assertRefused(SheetsReader.create().read(file), "limit-exceeded", "10000");
  }

  @Test
  void refusesPartsThatTogetherPassTheTotalLimit() throws IOException {
    assertRefused(SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxTotalBytes(10_000))
        .read(template), "limit-exceeded", "together");
  }

  @Test
  void refusesAPartThatDeclaresMoreThanThePartLimit() throws IOException {
    long largest = parts.values().stream().mapToLong(b -> b.length).max().orElseThrow();

    assertRefused(SheetsReader.withLimits(SheetLimits.DEFAULTS.withMaxPartBytes(largest - 1))
        .read(template), "limit-exceeded", "declares " + largest + " bytes");
  }

  @Test
  void stopsACsvFileLargerThanTheLimitAtThatFile() throws IOException {
    Path data = folder.resolve("data");
    SheetsWriter.create().writeTemplate(data);
    long size = Files.size(data.resolve("themes.csv"));

    SheetsReadResult result = SheetsReader.withLimits(SheetLimits.DEFAULTS
        .withMaxFileBytes(size - 1)).read(data);

    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo("limit-exceeded");
      assertThat(p.place()).endsWith("themes.csv");
      assertThat(p.problem().message()).contains(size + " bytes");
    });
  }

  /**
   * Reads the hostile workbooks in a JVM of 64 MiB of heap: each is refused or read there,
   * without an OutOfMemoryError, which proves that no limit is checked only after the bytes
   * are held.
   */
  @Test
  void readsEachHostileWorkbookInA64MibHeap() throws Exception {
    List<Path> files = List.of(bomb(), millionRows(), hugeStrings());
    String classpath = String.join(File.pathSeparator, classpath());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, HostileWorkbookProbe.class.getName()));
    files.forEach(f -> command.add(f.toString()));
    Path log = folder.resolve("probe.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    List<String> lines = Files.readAllLines(log);

    assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).filteredOn(l -> l.startsWith("read ")).containsExactly(
        "read bomb.xlsx: limit-exceeded",
        "read rows.xlsx: empty-row valid",
        "read strings.xlsx: limit-exceeded");
  }

  private static List<String> classpath() {
    List<String> entries = new ArrayList<>();
    entries.add(Path.of(HostileWorkbooksTest.class.getProtectionDomain().getCodeSource()
        .getLocation().getPath()).toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return entries;
  }

  private static void assertRefused(SheetsReadResult result, String rule, String words) {
    assertThat(result.document()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.problem().rule()).isEqualTo(rule);
      assertThat(p.problem().message()).contains(words);
      assertThat(p.sheet()).isEmpty();
      assertThat(p.toString()).doesNotContain("\n").doesNotContain("Exception");
    });
  }

  // ---------------------------------------------------------------- building the parts

  private static String text(String part) {
    return new String(parts.get(part), StandardCharsets.UTF_8);
  }

  private static String macroEnabled() {
    return text("[Content_Types].xml").replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace("</Types>",
        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
        + "</Types>");
  }

  /** The template's parts, with some replaced or added, as a new workbook. */
  private static Path workbook(String name, Map<String, Part> changes) throws IOException {
    Path file = folder.resolve(name);
    Map<String, Part> all = new LinkedHashMap<>();
    parts.forEach((part, bytes) -> all.put(part, Part.of(bytes)));
    all.putAll(changes);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry : all.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        entry.getValue().writeTo(out);
        out.closeEntry();
      }
    }
    return file;
  }

  private static Path withSharedStrings(String name, Part strings) throws IOException {
    Map<String, Part> changes = new LinkedHashMap<>();
    changes.put(SHARED_STRINGS, strings);
    changes.put("[Content_Types].xml", Part.of(text("[Content_Types].xml").replace("</Types>",
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
        + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")));
    changes.put("xl/_rels/workbook.xml.rels", Part.of(text("xl/_rels/workbook.xml.rels")
        .replace("</Relationships>", "<Relationship Id=\"rIdStrings\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            + "Target=\"sharedStrings.xml\"/></Relationships>")));
    return workbook(name, changes);
  }

  /** A sheet part that is well-formed XML, padded with blanks between its elements. */
  private static Part spaces(long count) {
    return out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
          + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] blanks = new byte[1 << 16];
      java.util.Arrays.fill(blanks, (byte) ' ');
      for (long written = 0; written < count; written += blanks.length) {
        out.write(blanks);
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    };
  }

  /** A shared strings table of the same short text over and over. */
  private static Part repeatedStrings(long bytes) {
    return out -> {
      String item = "<si><t>Hanoi</t></si>";
      long count = bytes / item.length();
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas."
          + "openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count + "\" uniqueCount=\""
          + count + "\">").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = item.repeat(4096).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < bytes; written += chunk.length) {
        out.write(chunk);
      }
      out.write("</sst>".getBytes(StandardCharsets.UTF_8));
    };
  }

  /** A shared strings table of random words, which compresses as text does. */
  private static Part randomStrings(int bytes) {
    return out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas."
          + "openxmlformats.org/spreadsheetml/2006/main\">").getBytes(StandardCharsets.UTF_8));
      Random random = new Random(11);
      for (int written = 0; written < bytes; written += 40) {
        out.write(("<si><t>" + randomLetters(27, random.nextLong()) + "</t></si>")
            .getBytes(StandardCharsets.UTF_8));
      }
      out.write("</sst>".getBytes(StandardCharsets.UTF_8));
    };
  }

  private static String randomLetters(int length, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  /** Cities: a header row, a city, a million empty rows, and a city after them. */
  private static Part millionEmptyRows() {
    return out -> {
      out.write(sheetStart().getBytes(StandardCharsets.UTF_8));
      out.write((row(1, "id", "name", "country") + row(2, "hanoi", "Hanoi", "VN"))
          .getBytes(StandardCharsets.UTF_8));
      StringBuilder rows = new StringBuilder();
      for (int r = 3; r < 1_000_003; r++) {
        rows.append("<row r=\"").append(r).append("\"/>");
        if (rows.length() > 1 << 16) {
          out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
          rows.setLength(0);
        }
      }
      rows.append(row(1_000_003, "hue", "Hue", "VN"));
      out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
      out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static final String SHEET_END = "</sheetData></worksheet>";

  private static String sheetStart() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  }

  private static String sheet(String... rows) {
    return sheetStart() + String.join("", rows) + SHEET_END;
  }

  private static String row(int number, String... texts) {
    StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
    for (int c = 0; c < texts.length; c++) {
      row.append("<c r=\"").append(SheetProblem.letters(c + 1)).append(number)
          .append("\" t=\"inlineStr\"><is><t>").append(texts[c]).append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  /**
   * Rewrites the uncompressed size that a zip's central directory declares for a part, as a
   * hostile zip may: the local header of a part written with a data descriptor declares none.
   */
  private static void declareSize(Path zip, String part, int size) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = part.getBytes(StandardCharsets.UTF_8);
    boolean found = false;
    for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
      if (buffer.getInt(i) == 0x02014b50 && (buffer.getShort(i + 28) & 0xffff) == name.length
          && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0,
              name.length)) {
        buffer.putInt(i + 24, size);
        found = true;
      }
    }
    assertThat(found).isTrue();
    Files.write(zip, bytes);
  }
}
