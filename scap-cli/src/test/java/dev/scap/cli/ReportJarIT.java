package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as a separate process, end to end, as a user runs it: failsafe runs this
 * after {@code package} has built {@code target/scap.jar}. It prints the golden reports of
 * {@link ReportCommandTest}, and says which version of scap it is.
 */
class ReportJarIT {

  private static final Path JAR = Path.of("target", "scap.jar");

  @TempDir Path folder;

  @Test
  void printsTheGoldenJsonReportOfTheBuiltInDataset() throws Exception {
    Run run = scap("report", "--format", "json", "--date", "2026-11-27");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).as("the jar's report differs from the golden file"
        + ReportCommandTest.ADVICE).isEqualTo(ReportCommandTest.golden("report.json"));
  }

  @Test
  void writesTheGoldenHtmlReportToAFile() throws Exception {
    Path html = folder.resolve("report.html");

    Run run = scap("report", "--date", "2026-11-27", "-o", html.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(html)).isEqualTo(ReportCommandTest.golden("report.html"));
  }

  @Test
  void writesTheGoldenCsvTablesIntoAFolder() throws Exception {
    Path tables = folder.resolve("tables");

    Run run = scap("report", "--format", "csv", "--date", "2026-11-27", "-o",
        tables.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(ReportCommandTest.GOLDEN.resolve("csv"))) {
      for (Path golden : files.toList()) {
        assertThat(tables.resolve(golden.getFileName()))
            .hasContent(Files.readString(golden));
      }
    }
  }

  @Test
  void exportsTheDatasetAsAWorkbookAndImportsItBack() throws Exception {
    Path workbook = folder.resolve("ascn.xlsx");
    Path json = folder.resolve("ascn.json");

    Run export = scap("export", "-o", workbook.toString());
    Run imported = scap("import", workbook.toString(), "-o", json.toString());
    Run report = scap("report", workbook.toString(), "-o", folder.resolve("r.xlsx").toString());

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(scap("overlap", json.toString()).out()).isEqualTo(scap("overlap").out());
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(folder.resolve("r.xlsx")).isNotEmptyFile();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "overlap", "groups", "roundtables", "partners",
      "report --format md", "dataset", "generate --cities 40"})
  void printsNothingOnStandardErrorWhenAllIsWell(String command) throws Exception {
    Run run = scap(command.split(" "));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).as("no library's log line, such as Hibernate Validator's HV000001")
        .isEmpty();
  }

  @Test
  void failsWithExitCode2AndOneClearLineForABadOption() throws Exception {
    Run run = scap("report", "--date", "tomorrow");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow())
        .isEqualTo("scap: Invalid value for option '--date': 'tomorrow' is not a date; use "
            + "YYYY-MM-DD, such as 2026-11-27");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void saysTheVersionMavenBuiltOnTheCommandLineAndInItsManifest() throws Exception {
    String built = System.getProperty("project.version");
    assertThat(built).as("the version failsafe hands over").isNotNull();

    Run run = scap("--version");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("scap " + built);
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Main-Class")).isEqualTo(ScapCommand.class.getName());
      assertThat(manifest.getValue("Implementation-Title")).isEqualTo("scap command line");
      assertThat(manifest.getValue("Implementation-Version")).isEqualTo(built);
      assertThat(manifest.getValue("Implementation-Vendor")).isEqualTo("scap");
    }
  }

  @Test
  void opensTheJdksDiagnosticCommandsToItsCompilerDirectives() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      // what CompilerDirectives.direct needs; without it, the MBean server runs the same commands
      assertThat(jar.getManifest().getMainAttributes().getValue("Add-Opens"))
          .isEqualTo("jdk.management/com.sun.management.internal");
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run scap(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar, built by package").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    process.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(
        () -> text(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(
        () -> text(process.getErrorStream()));
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("scap " + String.join(" ", args) + " ran for 2 minutes");
    }
    return new Run(process.exitValue(), out.join(), err.join());
  }

  private static String text(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
