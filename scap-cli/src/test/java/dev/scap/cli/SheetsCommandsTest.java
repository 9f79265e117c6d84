package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.ScapReader;
import dev.scap.model.ScapDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read and write workbooks and CSV folders, and the others given one. */
class SheetsCommandsTest {

  @TempDir Path folder;

  private Path exported(String name) {
    Path target = folder.resolve(name);
    CliRun run = CliRun.of("export", "-o", target.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return target;
  }

  private static ScapDocument document(String json) throws IOException {
    return ScapReader.create().read(new java.io.ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8))).document();
  }

  @Test
  void importsTheExportedWorkbookOfTheBuiltInDatasetAsTheDataset() throws IOException {
    Path workbook = exported("ascn.xlsx");
    Path json = folder.resolve("ascn.json");

    CliRun run = CliRun.of("import", workbook.toString(), "-o", json.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(json)).isEqualTo(CliRun.of("dataset").out());
  }

  @Test
  void importsToStandardOutputWhenNoOutputIsGiven() throws IOException {
    Path csv = exported("ascn");

    CliRun run = CliRun.of("import", csv.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(document(run.out())).isEqualTo(document(CliRun.of("dataset").out()));
  }

  @Test
  void refusesAnInvalidWorkbookWithItsProblemsAtTheirCellsAndWritesNothing() throws IOException {
    Path bad = folder.resolve("bad.xlsx");
    Files.write(bad, withTheme(Files.readAllBytes(exported("ascn.xlsx")), "nosuchtheme"));
    Path json = folder.resolve("bad.json");

    CliRun run = CliRun.of("import", bad.toString(), "-o", json.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).contains(bad + ":Projects!E2: error unknown-reference "
        + "/plans/0/projects/0/themes/1: theme \"nosuchtheme\" is not a theme of the document");
    assertThat(run.err()).endsWith("scap: " + bad + " is invalid: 1 error(s); nothing written\n");
    assertThat(json).doesNotExist();
    assertThat(folder.toFile().list()).containsExactlyInAnyOrder("ascn.xlsx", "bad.xlsx");
  }

  @Test
  void namesAWorkbookFromStandardInputAsStandardInputInItsProblems() throws IOException {
    byte[] bad = withTheme(Files.readAllBytes(exported("ascn.xlsx")), "nosuchtheme");

    CliRun run = CliRun.withInput(new java.io.ByteArrayInputStream(bad), "import", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).contains("<stdin>:Projects!E2: error unknown-reference "
        + "/plans/0/projects/0/themes/1: theme \"nosuchtheme\" is not a theme of the document");
    assertThat(run.err()).doesNotContain("scap-import");
  }

  @Test
  void refusesToImportIntoAFolderNamingTheOutput() throws IOException {
    Path workbook = exported("ascn.xlsx");
    Path out = Files.createDirectory(folder.resolve("out"));

    CliRun run = CliRun.of("import", workbook.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: cannot write " + out + ": it is a folder; give the "
        + "name of the JSON file to write, such as " + out.resolve("plans.json") + "\n");
    assertThat(out.toFile().list()).isEmpty();
  }

  @Test
  void saysWhichFileStandsWhereAFolderOfCsvFilesWouldGo() throws IOException {
    Path file = Files.writeString(folder.resolve("notes"), "kept");

    CliRun run = CliRun.of("export", "-o", file.resolve("csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: cannot write " + file.resolve("csv") + ": " + file
        + " already exists and is not a folder\n");
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  @Test
  void stopsAnAnalysisOfAnInvalidWorkbook() throws IOException {
    Path bad = folder.resolve("bad.xlsx");
    Files.write(bad, withTheme(Files.readAllBytes(exported("ascn.xlsx")), "nosuchtheme"));

    CliRun run = CliRun.of("overlap", bad.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(bad + ":Projects!E2: error unknown-reference ");
  }

  @Test
  void validatesACsvFolderPrintingABadCellAtItsLineAndColumn() throws IOException {
    Path csv = exported("ascn");
    Path projects = csv.resolve("projects.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(projects));
    lines.set(3, lines.get(3).replaceFirst("\"[^\"]*\"", "nosuchtheme"));
    Files.write(projects, lines);

    CliRun text = CliRun.of("validate", csv.toString());
    CliRun json = CliRun.of("validate", "--format", "json", csv.toString());

    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.out()).isEqualTo(projects + ":4:5: error unknown-reference "
        + "/plans/0/projects/2/themes/0: theme \"nosuchtheme\" is not a theme of the document\n");
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.out()).isEqualTo("[{\"file\":" + "\"" + projects + "\""
        + ",\"line\":4,\"column\":5,\"severity\":\"error\",\"rule\":\"unknown-reference\","
        + "\"pointer\":\"/plans/0/projects/2/themes/0\",\"message\":\"theme \\\"nosuchtheme\\\" "
        + "is not a theme of the document\"}]\n");
  }

  @Test
  void givesEachProblemOfAWorkbookItsSheetAndCellInJson() throws IOException {
    Path bad = folder.resolve("bad.xlsx");
    Files.write(bad, withTheme(Files.readAllBytes(exported("ascn.xlsx")), "nosuchtheme"));

    CliRun run = CliRun.of("validate", "--format", "json", bad.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("[{\"file\":" + "\"" + bad + "\""
        + ",\"sheet\":\"Projects\",\"cell\":\"E2\",\"severity\":\"error\","
        + "\"rule\":\"unknown-reference\",\"pointer\":\"/plans/0/projects/0/themes/1\"");
  }

  @Test
  void analysesAWorkbookAsTheDocumentItHolds() throws IOException {
    Path workbook = exported("ascn.xlsx");
    Path json = folder.resolve("ascn.json");
    Files.writeString(json, CliRun.of("dataset").out());

    assertThat(CliRun.of("overlap", workbook.toString()).out())
        .isEqualTo(CliRun.of("overlap", json.toString()).out()).isNotEmpty();
    // The stamp names the input and hashes its document as scap writes it: the rest is equal.
    assertThat(withoutStamp(CliRun.of("report", workbook.toString(), "--format", "json",
        "--date", "2026-12-07").out()))
        .isEqualTo(withoutStamp(CliRun.of("report", json.toString(), "--format", "json",
            "--date", "2026-12-07").out()))
        .contains("\"peers\"");
  }

  private static String withoutStamp(String json) {
    return json.lines().filter(line -> !line.contains("\"input\":")
        && !line.contains("\"sha256\":")).collect(java.util.stream.Collectors.joining("\n"));
  }

  @Test
  void readsAWorkbookFromStandardInput() throws IOException {
    Path workbook = exported("ascn.xlsx");

    CliRun run = CliRun.withInput(Files.newInputStream(workbook), "groups", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(CliRun.of("groups").out());
  }

  @Test
  void writesTheReportAsAWorkbookWithItsSheets() throws IOException {
    Path report = folder.resolve("r.xlsx");

    CliRun run = CliRun.of("report", "-o", report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String workbook = entry(report, "xl/workbook.xml");
    assertThat(workbook).contains("name=\"Summary\"", "name=\"Peers\"", "name=\"Groups\"",
        "name=\"Roundtables\"", "name=\"Partners\"", "name=\"Weights\"", "name=\"Heatmap\"");
  }

  @Test
  void importsTheTemplateOnceACityAPlanAndAProjectAreFilledIn() throws IOException {
    Path template = folder.resolve("plans");
    assertThat(CliRun.of("template", "-o", template.toString()).exitCode()).isZero();
    Files.writeString(template.resolve("cities.csv"), "cebu,Cebu City,PH,,,,\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(template.resolve("plans.csv"), "cebu-2018,cebu,Cebu Smart City Action Plan"
        + ",,,,\n", java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(template.resolve("projects.csv"), "cebu-2018,cebu-brt,Cebu Bus Rapid "
        + "Transit,,built-infrastructure,,,,,,\n", java.nio.file.StandardOpenOption.APPEND);

    Files.writeString(template.resolve("focus-areas.csv"), "cebu-2018,built-infrastructure,1,\n",
        java.nio.file.StandardOpenOption.APPEND);

    CliRun run = CliRun.of("import", template.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    ScapDocument document = document(run.out());
    assertThat(document.cities()).hasSize(1);
    assertThat(document.plans()).singleElement()
        .satisfies(plan -> assertThat(plan.projects()).hasSize(1));
  }

  @Test
  void writesATemplateWorkbookThatImportsEmpty() throws IOException {
    Path template = folder.resolve("plans.xlsx");

    assertThat(CliRun.of("template", "-o", template.toString()).exitCode()).isZero();
    CliRun run = CliRun.of("import", template.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(document(run.out()).taxonomies()).isNotEmpty();
  }

  @Test
  void refusesBadOptionsWithOneLine() throws IOException {
    Path empty = Files.createDirectory(folder.resolve("empty"));
    String[][] cases = {
        {"export"},
        {"export", "-o", folder.resolve("x.pdf").toString()},
        {"export", "-o", folder.resolve("x.csv").toString()},
        {"template", "-o", folder.resolve("x.json").toString()},
        {"import", folder.resolve("missing.xlsx").toString()},
        {"import", empty.toString()},
        {"validate", empty.toString()},
        {"overlap", "-o", folder.resolve("x.xlsx").toString()},
        {"format", "-o", folder.resolve("x.xlsx").toString()},
    };
    for (String[] args : cases) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).singleElement()
          .asString().startsWith("scap: ");
    }
    assertThat(folder.toFile().list()).containsExactly("empty");
  }

  @Test
  void saysThatACsvFileAloneIsNotReadAndAFolderOfThemIs() throws IOException {
    Path csv = folder.resolve("cities.csv");
    Files.writeString(csv, "id,name,country\ncebu,Cebu,PH\n");

    CliRun run = CliRun.of("overlap", csv.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("it looks like CSV; scap reads a folder of CSV files in the "
        + "layout of docs/SHEETS.md ('scap template -o DIR' shows it)");
  }

  @Test
  void givesAZipThatIsNotAWorkbookTheReadersProblem() throws IOException {
    Path zip = folder.resolve("notes.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("notes.txt"));
      out.write("hello".getBytes(StandardCharsets.UTF_8));
    }

    CliRun run = CliRun.of("validate", zip.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(zip + ": error not-a-workbook /: ");
  }

  /** The workbook with the first project's second theme replaced. */
  private byte[] withTheme(byte[] workbook, String theme) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path copy = Files.write(Files.createTempFile(folder, "copy", ".zip"), workbook);
    try (ZipFile in = new ZipFile(copy.toFile());
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        byte[] content = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet10.xml")) {
          content = new String(content, StandardCharsets.UTF_8)
              .replaceFirst("civic-social, buildings", "civic-social, " + theme)
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
      }
    } finally {
      Files.delete(copy);
    }
    return bytes.toByteArray();
  }

  private static String entry(Path zip, String name) throws IOException {
    try (ZipFile in = new ZipFile(zip.toFile())) {
      ZipEntry entry = in.getEntry(name);
      assertThat(entry).as(name).isNotNull();
      return new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
