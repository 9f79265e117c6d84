package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapSchema;
import dev.scap.io.ScapWriter;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ScapDocument;
import dev.scap.model.ScapLibrary;
import dev.scap.testkit.EndlessInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScapCommandTest {

  @TempDir Path folder;

  private String example() {
    return ScapWriter.canonical().toJson(SyntheticDocuments.of(3, 4, 2, 5).generate());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "validate --help", "validate --max-problems -1", "validate --nope",
      "format --help", "format --indent x", "overlap --help", "overlap --metric cosinus",
      "overlap --top -1 -v", "overlap a.json b.json", "groups --help", "groups --method nope",
      "groups --linkage", "roundtables --help", "roundtables --tables x=", "partners --help",
      "partners --top", "report --help", "report --format pdf", "validate --progress sometimes",
      "overlap -q --format json missing.json"})
  void runsACommandBuiltAloneAsAmongAllTheOthers(String line) {
    String[] args = line.split(" ");
    String name = args[0];
    java.io.ByteArrayOutputStream aloneOut = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream aloneErr = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream allOut = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream allErr = new java.io.ByteArrayOutputStream();

    picocli.CommandLine alone = ScapCommand.commandLine(aloneOut, aloneErr, args);
    int aloneCode = ScapCommand.execute(alone, args);
    int allCode = ScapCommand.execute(ScapCommand.commandLine(allOut, allErr), args);

    assertThat(alone.getSubcommands().keySet()).containsExactly(name);
    assertThat(aloneCode).isEqualTo(allCode);
    assertThat(aloneOut.toString(StandardCharsets.UTF_8))
        .isEqualTo(allOut.toString(StandardCharsets.UTF_8));
    assertThat(aloneErr.toString(StandardCharsets.UTF_8))
        .isEqualTo(allErr.toString(StandardCharsets.UTF_8));
  }

  @Test
  void eachSubcommandIsTheCommandOfItsName() {
    picocli.CommandLine all = ScapCommand.commandLine(new java.io.ByteArrayOutputStream(),
        new java.io.ByteArrayOutputStream());

    assertThat(all.getSubcommands().keySet()).containsExactly("validate", "format", "import",
        "export", "template", "schema", "dataset", "generate", "overlap", "groups",
        "roundtables", "partners", "report", "completion", "help");
    all.getSubcommands().forEach((name, command) -> assertThat(command.getCommandSpec()
        .userObject().getClass().getAnnotation(picocli.CommandLine.Command.class).name())
        .as(name).isEqualTo(name));
  }

  @Test
  void printsItsVersionAndHelp() {
    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out().strip()).isEqualTo("scap " + ScapLibrary.version());

    CliRun help = CliRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("validate", "format", "schema", "dataset", "generate");
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String command : new String[] {"validate", "format", "schema", "dataset", "generate"}) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: scap " + command, "Examples:");
    }
  }

  @Test
  void validatesTheBuiltInDatasetWhenNoFileIsGiven() {
    CliRun run = CliRun.of("validate");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void printsEveryProblemWithFileLineColumnRuleAndPointer() throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, example()
        .replaceFirst("\"country\": \"[A-Z]{2}\"", "\"country\": \"XX\"")
        .replaceFirst("\"title\": \"Smart City", "\"titel\": \"Smart City"));

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .anySatisfy(line -> assertThat(line).matches(
            "\\Q" + file + "\\E:\\d+:\\d+: error invalid-country /cities/0/country: "
                + "country \"XX\" .*"))
        .anySatisfy(line -> assertThat(line).matches(
            "\\Q" + file + "\\E:\\d+:\\d+: error unknown-property /plans/\\d+/titel: .*"
                + "did you mean title\\?"));
  }

  @Test
  void printsProblemsAsAJsonArray() throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, example().replaceFirst("\"country\": \"[A-Z]{2}\"",
        "\"country\": \"XX\""));

    CliRun run = CliRun.of("validate", "--format", "json", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("[{\"file\":").contains("\"rule\":\"invalid-country\"",
        "\"pointer\":\"/cities/0/country\"", "\"severity\":\"error\"");
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    Path file = folder.resolve("warn.json");
    String json = ScapWriter.canonical().toJson(Datasets.ascn().toBuilder()
        .plans(Datasets.ascn().plans().stream().map(plan -> plan.toBuilder()
            .focusAreas(plan.focusAreas().subList(0, 1)).build()).toList())
        .build());
    Files.writeString(file, json);

    CliRun lenient = CliRun.of("validate", file.toString());
    CliRun strict = CliRun.of("validate", "--strict", file.toString());

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).contains(": warning theme-outside-plan ");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains(": error theme-outside-plan ").doesNotContain("warning");
  }

  @Test
  void readsStandardInputForADash() {
    CliRun run = CliRun.withInput("[1, 2]", "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:1:1: error not-a-document /: ");
  }

  @Test
  void reportsSyntaxErrorsWithTheirPlace() {
    CliRun run = CliRun.withInput("{\"scapVersion\": \"1.0\",\n  \"cities\": [}", "validate",
        "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:2:").contains(": error syntax-error ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "zeros as from /dev/zero, '', '\u0000', ': error syntax-error /: '",
      "'[' forever, '', '[', ': error not-a-document /: '",
      "'[' forever in an extension, '{\"extensions\": {\"x\": ', '[', "
          + "': error limit-exceeded /extensions/x/0/0/0'"})
  void answersStandardInputThatNeverEndsWithOneLineAsSoonAsItGoesWrong(String name,
      String prefix, String repeated, String problem) {
    CliRun run = CliRun.withInput(new EndlessInput(prefix, repeated), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).singleElement().asString().startsWith("<stdin>:1:")
        .contains(problem);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void suggestsAHeapTwiceAsLargeAsNeededRoundedToAPowerOfTwo() {
    assertThat(Input.moreHeap(744L << 20))
        .isEqualTo("give java more heap with -Xmx1g (or JAVA_TOOL_OPTIONS=-Xmx1g)");
    assertThat(Input.moreHeap(200L << 20)).contains("-Xmx256m");
    assertThat(Input.fitsHeap(1 << 20)).isTrue();
    assertThat(Input.fitsHeap(Runtime.getRuntime().maxMemory())).isFalse();
  }

  @Test
  void failsWithExitCodeTwoOnAMissingFile() {
    CliRun run = CliRun.of("validate", folder.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read").contains("no such file")
        .doesNotContain("\tat ");
  }

  @Test
  void saysWhyAFileCannotBeRead() throws IOException {
    Path unreadable = Files.writeString(folder.resolve("unr.json"), "{}");
    CliRun aFolder = CliRun.of("validate", folder.toString());
    CliRun formatted = CliRun.of("format", folder.toString());

    assertThat(aFolder.exitCode()).isEqualTo(2);
    // A folder is read as a folder of CSV files: this one holds none.
    assertThat(aFolder.err()).isEqualTo("scap: cannot read " + folder + ": it is a folder with "
        + "no CSV file; scap reads a workbook (.xlsx) or a folder of CSV files in the layout of "
        + "docs/SHEETS.md ('scap template -o DIR' shows it)" + System.lineSeparator());
    assertThat(formatted.exitCode()).isEqualTo(2);
    assertThat(formatted.err()).startsWith("scap: cannot read " + folder + ": it is a folder");
    assertThat(Input.reason(new AccessDeniedException(unreadable.toString())))
        .isEqualTo("permission denied");
    assertThat(Input.reason(new NoSuchFileException(unreadable.toString())))
        .isEqualTo("no such file");
    assertThat(Input.reason(new FileSystemException(unreadable.toString(), null,
        "Too many levels of symbolic links"))).isEqualTo("Too many levels of symbolic links");
    assertThat(Input.reason(new NotDirectoryException(unreadable.toString())))
        .isEqualTo("not a folder");
    // Only a process that is not root is refused a file without permissions; as root (as CI
    // runs) the mapping above is what shows that the reason is given.
    if (unreadable.toFile().setReadable(false, false) && !Files.isReadable(unreadable)) {
      CliRun denied = CliRun.of("validate", unreadable.toString());
      assertThat(denied.exitCode()).isEqualTo(2);
      assertThat(denied.err()).startsWith("scap: cannot read " + unreadable
          + ": permission denied");
    }
  }

  @Test
  void failsWithExitCodeTwoOnABadOption() {
    CliRun unknown = CliRun.of("validate", "--bogus");
    CliRun badValue = CliRun.of("validate", "--format", "xml");
    CliRun badNumber = CliRun.of("generate", "--cities", "many");
    CliRun negative = CliRun.of("generate", "--cities", "-3");

    for (CliRun run : new CliRun[] {unknown, badValue, badNumber, negative}) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("scap: ").doesNotContain("\tat ");
    }
    assertThat(unknown.err()).contains("--bogus", "scap validate --help");
    assertThat(negative.err()).isEqualTo("scap: --cities must be 0 or more, not -3\n");
  }

  @Test
  void formatsAValidDocumentCanonically() throws IOException {
    Path file = folder.resolve("doc.json");
    String canonical = example();
    Files.writeString(file, canonical.replace("\n", "").replace("  ", ""));

    CliRun run = CliRun.of("format", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(canonical);
  }

  @Test
  void refusesToFormatAnInvalidDocumentAndLeavesTheOutputAlone() throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, example().replaceFirst("\"country\": \"[A-Z]{2}\"",
        "\"country\": \"XX\""));
    Path output = folder.resolve("out.json");
    Files.writeString(output, "old");

    CliRun run = CliRun.of("format", file.toString(), "-o", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("invalid-country");
    assertThat(Files.readString(output)).isEqualTo("old");
  }

  @Test
  void writesOutputFilesWhole() throws IOException {
    Path output = folder.resolve("generated.json");
    Files.writeString(output, "old");

    CliRun run = CliRun.of("generate", "--cities", "5", "--seed", "3", "-o", output.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(ScapReader.create().read(output).report().isClean()).isTrue();
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(output);
    }
  }

  @Test
  void failsWithExitCodeTwoWhenTheOutputCannotBeWritten() {
    Path output = folder.resolve("no/such/folder/out.json");

    CliRun run = CliRun.of("schema", "-o", output.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("scap: cannot write ");
  }

  @Test
  void generatesTheSameBytesForTheSameSeed() {
    CliRun first = CliRun.of("generate", "--cities", "20", "--themes", "8", "--seed", "42");
    CliRun second = CliRun.of("generate", "--cities", "20", "--themes", "8", "--seed", "42");
    CliRun other = CliRun.of("generate", "--cities", "20", "--themes", "8", "--seed", "43");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out()).isNotEqualTo(other.out());
    assertThat(ScapReader.create().read(first.out()).report().isClean()).isTrue();
    assertThat(ScapReader.create().read(first.out()).document().cities()).hasSize(20);
  }

  @Test
  void printsTheSchemaAndTheDatasetExactlyAsShipped() {
    assertThat(CliRun.of("schema").out()).isEqualTo(ScapSchema.json());
    assertThat(CliRun.of("dataset").out()).isEqualTo(Datasets.json("ascn").orElseThrow());
    assertThat(CliRun.of("dataset", "ascn").out()).isEqualTo(
        new String(Datasets.json("ascn").orElseThrow().getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8));
  }

  @Test
  void namesTheKnownDatasetsForAnUnknownOne() {
    CliRun run = CliRun.of("dataset", "nope");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: no built-in dataset 'nope' (the datasets: ascn)\n");
    assertThat(CliRun.of("dataset", "acsn").err())
        .isEqualTo("scap: no built-in dataset 'acsn'; did you mean ascn? (the datasets: ascn)\n");
  }

  @Test
  void saysWhatTheDatasetHoldsCountedFromIt() {
    ScapDocument ascn = Datasets.ascn();
    long planned = ascn.cities().stream().filter(c -> !ascn.plansOf(c.id()).isEmpty()).count();

    CliRun help = CliRun.of("dataset", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out().replaceAll("\\s+", " ")).contains("ascn: ASEAN Smart Cities Network "
        + "(ASCN): " + ascn.cities().size() + " cities, " + planned + " of them with a plan ("
        + ascn.plans().size() + " plans, " + ascn.projects().count() + " projects), "
        + ascn.organizations().size() + " organizations; taxonomies ascf-2018, "
        + "wego-ascn-2019.");
    assertThat(help.out()).doesNotContain("the 26 pilot cities");
  }

  @Test
  void tellsThatItReadsScapJsonOfACsvFile() throws IOException {
    Path csv = folder.resolve("cities.csv");
    Files.writeString(csv, "city,name\nhanoi,Hanoi\n");

    CliRun run = CliRun.of("overlap", csv.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).containsExactly(
        csv + ":1:1: error syntax-error /: Unrecognized token 'city': was expecting (JSON "
            + "String, Number, Array, Object or token 'null', 'true' or 'false')",
        "scap: " + csv + " is not a readable SCAP document: it looks like CSV; scap reads a "
            + "folder of CSV files in the layout of docs/SHEETS.md ('scap template -o DIR' "
            + "shows it), or SCAP documents, which are JSON objects ({\"scapVersion\": \"1.0\", "
            + "...}, see FORMAT.md); check one with 'scap validate FILE'");
  }

  @Test
  void givesABrokenWorkbookTheWorkbookReadersProblem() throws IOException {
    Path xlsx = folder.resolve("plans.xlsx");
    Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0});

    CliRun report = CliRun.of("report", xlsx.toString());
    CliRun piped = CliRun.withInput("city;name\n", "groups", "-");

    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.err()).startsWith(xlsx + ": error not-a-workbook /: ")
        .endsWith("scap: " + xlsx + " is invalid: 1 error(s)\n");
    assertThat(piped.exitCode()).isEqualTo(1);
    assertThat(piped.err()).endsWith("scap: <stdin> is not a readable SCAP document: it looks "
        + "like CSV; scap reads a folder of CSV files in the layout of docs/SHEETS.md ('scap "
        + "template -o DIR' shows it), or SCAP documents, which are JSON objects "
        + "({\"scapVersion\": \"1.0\", ...}, see FORMAT.md); check one with 'scap validate "
        + "FILE'\n");
  }

  @Test
  void addsNoWordOfFormatToAJsonDocumentBrokenLater() throws IOException {
    Path broken = folder.resolve("broken.json");
    Files.writeString(broken, "{\"scapVersion\": \"1.0\", \"cities\": [,]}");

    CliRun run = CliRun.of("overlap", broken.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).endsWith("scap: " + broken + " is not a readable SCAP document\n");
  }

  @Test
  void printsAShellCompletionScriptForEveryCommand() {
    CliRun run = CliRun.of("completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F");
    for (String command : new String[] {"validate", "overlap", "groups", "roundtables",
        "partners", "report", "dataset", "completion"}) {
      assertThat(run.out()).as(command).contains(command);
    }
    assertThat(run.out()).contains("--metric", "--weights", "--min-seats")
        // the codes that the options read, not the names of the enums behind them
        .contains("(\"presence\" \"projects\" \"priority\")",
            "(\"jaccard\" \"dice\" \"overlap\" \"cosine\")", "(\"auto\" \"always\" \"never\")")
        .doesNotContain("PRESENCE", "JACCARD");
  }

  @Test
  void refusesAJsonDocumentsOutputNamedForAnotherFormat() {
    Path md = folder.resolve("ascn.md");

    CliRun run = CliRun.of("dataset", "-o", md.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: -o " + md + " names a Markdown file, but this "
        + "command writes a JSON document: give a name ending in .json\n");
    assertThat(md).doesNotExist();
  }
}
