package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Indicator;
import dev.scap.model.Money;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.testkit.ScapArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScapWriterTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden file from the writer. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  /** The golden file in the sources, which regenerating rewrites; tests read the copy. */
  private static final Path GOLDEN_SOURCE =
      Path.of("src", "test", "resources", "golden", "example.canonical.json");

  private static final ScapReader READER = ScapReader.create();
  private static final ScapWriter WRITER = ScapWriter.canonical();

  private static ScapDocument example() {
    return READER.read(TestFiles.text("/golden/example.json")).document();
  }

  @Test
  void writesTheExampleByteForByteAsTheGoldenCanonicalFile() throws IOException {
    byte[] written = TestFiles.canonical(example());

    if (REGENERATE) {
      Files.write(GOLDEN_SOURCE, written);
      assertThat(Files.readAllBytes(GOLDEN_SOURCE)).isEqualTo(written);
      return;
    }
    assertThat(new String(written, StandardCharsets.UTF_8))
        .as("the canonical form of golden/example.json differs from golden/"
            + "example.canonical.json; if the change is intended, rewrite the golden file by "
            + "running the tests with -Dscap.regenerate=true and review its diff")
        .isEqualTo(TestFiles.text("/golden/example.canonical.json"));
  }

  @Test
  void givesTheSameBytesWhenWhatItWroteIsReadAndWrittenAgain() {
    byte[] first = TestFiles.canonical(example());
    ReadResult reread = READER.read(new String(first, StandardCharsets.UTF_8));

    assertThat(reread.report().problems()).isEmpty();
    assertThat(reread.document()).isEqualTo(example());
    assertThat(TestFiles.canonical(reread.document())).isEqualTo(first);
  }

  @Test
  void writesTheSameTextToAStreamAWriterAndAString() throws IOException {
    ScapDocument document = example();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();

    WRITER.write(document, bytes);
    WRITER.write(document, chars);

    String text = WRITER.toJson(document);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(chars).hasToString(text);
  }

  @Test
  void writesTwoSpaceIndentLineFeedsAndAFinalLineFeed() {
    String text = WRITER.toJson(example());

    assertThat(text).startsWith("{\n  \"scapVersion\": \"1.0\",\n  \"metadata\": {\n    \"title\"")
        .endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void keepsAnAmountExactlyAsWrittenWithItsTrailingZero() {
    ScapDocument document = example();
    Money cost = document.plans().get(0).projects().get(0).cost();

    assertThat(cost.amount()).isEqualTo(new BigDecimal("1000000.50")).hasScaleOf(2);
    assertThat(WRITER.toJson(document)).contains("\"amount\": 1000000.50,")
        .contains("\"target\": 60000.5,");
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
      "1E+3, 1000",
      "1e3, 1000",
      "12e2, 1200",
      "0E+5, 0",
      "1.5e-7, 0.00000015",
      "1e-3, 0.001",
      "2.50E+1, 25.0",
      "1000000.50, 1000000.50",
      "0.000, 0.000"})
  void writesNumbersReadInExponentNotationInPlainDecimals(String read, String written) {
    String json = TestFiles.text("/bad/valid.json")
        .replace("\"amount\": 12000000", "\"amount\": " + read)
        .replace("\"role\": \"funder\"", "\"role\": \"funder\", \"extensions\": "
            + "{ \"x-share\": " + read + ", \"x-list\": [" + read + "] }");

    ReadResult result = READER.read(json);
    String text = WRITER.toJson(result.document());

    assertThat(result.report().problems()).isEmpty();
    assertThat(text).contains("\"amount\": " + written + ",")
        .contains("\"x-share\": " + written + ",")
        .contains(" " + written + "\n")
        .doesNotContainPattern("[0-9][eE][-+0-9]");
    assertThat(READER.read(text).document()).isEqualTo(result.document());
  }

  @Test
  void writesNumbersHeldWithANegativeScaleWithoutExponent() {
    BigDecimal thousand = new BigDecimal("1E+3");
    ScapDocument document = minimal(Project.builder(ProjectId.of("p"), "P", ThemeId.of("t"))
        .cost(Money.of(thousand, "USD"))
        .indicators(List.of(new Indicator("n", null, thousand, new BigDecimal("-2.5E+2"), null,
            null)))
        .extensions(Extensions.of(Map.of("x-big", new BigDecimal("7E+20"))))
        .build());

    String text = WRITER.toJson(document);

    assertThat(text).contains("\"amount\": 1000,", "\"baseline\": 1000,", "\"target\": -250\n",
        "\"x-big\": 700000000000000000000\n").doesNotContainPattern("[0-9][eE][-+0-9]");
  }

  @Test
  void leavesOutAbsentValuesAndEmptyListsButAlwaysWritesCities() {
    ScapDocument document = ScapDocument.builder()
        .taxonomies(List.of(new Taxonomy(TaxonomyId.of("x"), "X",
            List.of(new Theme(ThemeId.of("t"), "T", null, null, null)), null)))
        .build();

    assertThat(WRITER.toJson(document)).isEqualTo("""
        {
          "scapVersion": "1.1",
          "taxonomies": [
            {
              "id": "x",
              "name": "X",
              "themes": [
                {
                  "id": "t",
                  "label": "T"
                }
              ]
            }
          ],
          "cities": []
        }
        """);
  }

  @Test
  void writesExtensionsLastInTheOrderTheirKeysWereGiven() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("x-z", "last letter");
    values.put("x-a", null);
    values.put("x-m", List.of(true, Map.of("deep", BigDecimal.ONE)));
    ScapDocument document = ScapDocument.builder()
        .taxonomies(List.of(new Taxonomy(TaxonomyId.of("x"), "X",
            List.of(new Theme(ThemeId.of("t"), "T", null, null, null)), null)))
        .extensions(Extensions.of(values))
        .build();

    assertThat(WRITER.toJson(document)).endsWith("""
          "cities": [],
          "extensions": {
            "x-z": "last letter",
            "x-a": null,
            "x-m": [
              true,
              {
                "deep": 1
              }
            ]
          }
        }
        """);
  }

  @Test
  void replacesAWholeLongerOldFileWhenWritingToAPath(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("plans.json");
    Files.write(file, new byte[200_000]);

    WRITER.write(example(), file);

    assertThat(Files.readAllBytes(file)).isEqualTo(TestFiles.canonical(example()));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void failsWithAnIoExceptionAndLeavesNothingWhenTheFolderIsMissing(@TempDir Path folder) {
    Path file = folder.resolve("missing").resolve("plans.json");

    assertThatThrownBy(() -> WRITER.write(example(), file))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(folder).isEmptyDirectory();
  }

  @Property(tries = 100)
  void readingWhatItWroteGivesBackAGeneratedDocument(
      @ForAll("documents") ScapDocument document) {
    byte[] written = TestFiles.canonical(document);
    ReadResult read = READER.read(new String(written, StandardCharsets.UTF_8));

    assertThat(read.report().problems()).isEmpty();
    if (!read.document().equals(document)) {
      assertThat(read.document()).usingRecursiveComparison()
          .withComparatorForType(ScapWriterTest::comparePlainly, BigDecimal.class)
          .isEqualTo(document);
    }
    assertThat(TestFiles.canonical(read.document())).isEqualTo(written);
  }

  /**
   * Compares numbers as the format holds them: exactly, scale included, except that a negative
   * scale ({@code 5E+2}), which plain decimal notation cannot show, reads back as scale 0
   * ({@code 500}). The testkit generates such numbers on purpose.
   */
  private static int comparePlainly(BigDecimal a, BigDecimal b) {
    BigDecimal plainA = a.scale() < 0 ? a.setScale(0) : a;
    BigDecimal plainB = b.scale() < 0 ? b.setScale(0) : b;
    int byValue = plainA.compareTo(plainB);
    return byValue != 0 ? byValue : Integer.compare(plainA.scale(), plainB.scale());
  }

  @Property(tries = 40)
  void readingWhatItWroteGivesBackASyntheticDocument(
      @ForAll @IntRange(max = 6) int cities, @ForAll @IntRange(min = 1, max = 8) int themes,
      @ForAll @IntRange(max = 3) int projects, @ForAll long seed) {
    ScapDocument document = SyntheticDocuments.of(cities, themes, projects, seed).generate();
    byte[] written = TestFiles.canonical(document);
    ReadResult read = READER.read(new String(written, StandardCharsets.UTF_8));

    assertThat(read.report().problems()).isEmpty();
    assertThat(read.document()).isEqualTo(document);
    assertThat(TestFiles.canonical(read.document())).isEqualTo(written);
  }

  @Property(tries = 100)
  void writesTheSameDocumentToTheSameBytesEveryTime(@ForAll("documents") ScapDocument document) {
    assertThat(TestFiles.canonical(document)).isEqualTo(TestFiles.canonical(document))
        .isEqualTo(WRITER.toJson(document).getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents();
  }

  /** A valid document of one theme, one city and one plan holding the project. */
  private static ScapDocument minimal(Project project) {
    return ScapDocument.builder()
        .taxonomies(List.of(new Taxonomy(TaxonomyId.of("x"), "X",
            List.of(new Theme(ThemeId.of("t"), "T", null, null, null)), null)))
        .cities(List.of(new City(CityId.of("c"), "C", "KH", null, null, null, null)))
        .plans(List.of(Plan.builder(PlanId.of("p"), CityId.of("c"), "P")
            .focusAreas(List.of(FocusArea.of(ThemeId.of("t"))))
            .projects(List.of(project))
            .build()))
        .build();
  }
}
