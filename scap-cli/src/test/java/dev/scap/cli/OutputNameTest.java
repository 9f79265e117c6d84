package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputNameTest {

  private static final List<String> WRITES = List.of("text", "md", "csv", "json");

  @ParameterizedTest(name = "-o {0} --format {1}: {2}")
  @CsvSource(nullValues = "-", value = {
      "-, -, text",
      "-, csv, csv",
      "peers, -, text",
      "peers, md, md",
      "peers., json, json",
      "peers.csv, -, csv",
      "PEERS.CSV, -, csv",
      "peers.json, -, json",
      "peers.md, -, md",
      "peers.txt, -, text",
      "peers.csv, csv, csv",
      "peers.dat, csv, csv",
      "dir.d/peers, -, text",
      ".hidden, -, text"})
  void choosesTheFormatThatTheNameOrTheOptionNames(String name, String given, String format) {
    assertThat(OutputName.choose(name == null ? null : Path.of(name), given, "text", WRITES))
        .isEqualTo(format);
  }

  @Test
  void refusesANameWhoseExtensionDisagreesWithTheFormat() {
    assertThatThrownBy(() -> OutputName.choose(Path.of("x.md"), "csv", "text", WRITES))
        .isInstanceOf(CliException.class).hasMessage("-o x.md names a Markdown file, but "
            + "--format is csv: give --format md, or a name ending in .csv")
        .extracting(e -> ((CliException) e).exitCode()).isEqualTo(2);
    assertThatThrownBy(() -> OutputName.choose(Path.of("x.html"), "json", "text", WRITES))
        .hasMessage("-o x.html names an HTML file, but --format is json: give a name ending "
            + "in .json");
  }

  @Test
  void refusesAFormatThatTheCommandDoesNotWrite() {
    assertThatThrownBy(() -> OutputName.choose(Path.of("x.html"), null, "text", WRITES))
        .hasMessage("-o x.html names an HTML file, which this command does not write: give a "
            + "name ending in .txt, .md, .csv or .json");
  }

  @Test
  void refusesAnUnknownExtensionWithoutAFormat() {
    assertThatThrownBy(() -> OutputName.choose(Path.of("x.pdf"), null, "text", WRITES))
        .hasMessage("cannot tell the format to write to x.pdf from its extension .pdf: give a "
            + "name ending in .txt, .md, .csv or .json, or give --format (text, md, csv, json)");
  }

  @Test
  void refusesANameOfAnotherFormatForAJsonDocument() {
    OutputName.checkJson(null);
    OutputName.checkJson(Path.of("plans.json"));
    OutputName.checkJson(Path.of("plans.scap"));
    OutputName.checkJson(Path.of("plans"));
    assertThatThrownBy(() -> OutputName.checkJson(Path.of("plans.csv")))
        .hasMessage("-o plans.csv names a CSV file, but this command writes a JSON document: "
            + "give a name ending in .json");
  }
}
