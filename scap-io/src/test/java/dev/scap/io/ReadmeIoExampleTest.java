package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's reading and writing example, and checks that the README shows it. */
class ReadmeIoExampleTest {

  @Test
  void readmeExampleWritesAndReadsTheBuiltInDataset() throws IOException {
    // README:BEGIN
    Path file = Files.createTempFile("ascn", ".json");
    ScapWriter.canonical().write(Datasets.ascn(), file);   // atomic; Datasets.ascn() is built in

    ReadResult result = ScapReader.create().read(file);
    for (Problem problem : result.report().problems()) {
      System.out.println(problem);   // 12:7: error unknown-reference /plans/0/city: city "..." ...
    }
    ScapDocument document = result.document();
    String schema = ScapSchema.json();   // the format as a JSON Schema, draft 2020-12
    // README:END

    Files.delete(file);
    assertThat(result.report().isClean()).isTrue();
    assertThat(document).isEqualTo(Datasets.ascn());
    assertThat(schema).contains("2020-12");
  }

  @Test
  void readmeShowsTheCodeThatThisTestRuns() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/dev/scap/io/ReadmeIoExampleTest.java"));
    String snippet = source.substring(
        source.indexOf("// README:BEGIN\n") + "// README:BEGIN\n".length(),
        source.indexOf("    // README:END"));
    String unindented = snippet.lines()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
    assertThat(Files.readString(Path.of("../README.md")))
        .contains("```java\n" + unindented + "\n```");
  }
}
