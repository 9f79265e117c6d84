package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.internal.PropertyOrder;
import dev.scap.model.validation.ScapValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class SyntheticDocumentsTest {

  private static byte[] written(SyntheticDocuments settings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    settings.write(out);
    return out.toByteArray();
  }

  @Test
  void writesTheSameBytesForTheSameSettingsAndSeed() throws IOException {
    SyntheticDocuments settings = SyntheticDocuments.of(12, 7, 3, 42L);

    byte[] first = written(settings);

    assertThat(written(settings)).isEqualTo(first);
    assertThat(written(SyntheticDocuments.of(12, 7, 3, 42L))).isEqualTo(first);
    assertThat(settings.generate()).isEqualTo(SyntheticDocuments.of(12, 7, 3, 42L).generate());
  }

  @Test
  void writesOtherBytesForAnotherSeed() throws IOException {
    byte[] first = written(SyntheticDocuments.of(12, 7, 3, 42L));

    assertThat(written(SyntheticDocuments.of(12, 7, 3, 43L))).isNotEqualTo(first);
    assertThat(written(SyntheticDocuments.of(12, 7, 3, -42L))).isNotEqualTo(first);
    assertThat(SyntheticDocuments.of(12, 7, 3, 43L).generate())
        .isNotEqualTo(SyntheticDocuments.of(12, 7, 3, 42L).generate());
  }

  @ParameterizedTest(name = "{0} cities, {1} themes, {2} projects")
  @CsvSource({
      "0, 1, 0",
      "0, 5, 3",
      "1, 1, 0",
      "1, 1, 1",
      "3, 2, 0",
      "7, 1, 4",
      "20, 12, 2",
      "60, 30, 5"})
  void makesDocumentsInWhichTheValidatorFindsNoProblem(int cities, int themes, int projects)
      throws IOException {
    for (long seed : new long[] {0L, 1L, -7L, Long.MAX_VALUE}) {
      SyntheticDocuments settings = SyntheticDocuments.of(cities, themes, projects, seed);
      ScapDocument document = settings.generate();

      assertThat(ScapValidator.instance().validate(document).problems()).as("seed %d", seed)
          .isEmpty();
      assertThat(document.cities()).hasSize(cities);
      assertThat(document.taxonomies()).singleElement()
          .satisfies(taxonomy -> assertThat(taxonomy.themes()).hasSize(themes));
      if (projects == 0) {
        assertThat(document.plans()).allSatisfy(plan -> assertThat(plan.projects()).isEmpty());
      }
      ReadResult read = ScapReader.create().read(new ByteArrayInputStream(written(settings)));
      assertThat(read.report().problems()).isEmpty();
      assertThat(read.document()).isEqualTo(document);
    }
  }

  @Property(tries = 30)
  void streamsTheBytesThatTheCanonicalWriterWritesForTheWholeDocument(
      @ForAll @IntRange(max = 30) int cities, @ForAll @IntRange(min = 1, max = 12) int themes,
      @ForAll @IntRange(max = 4) int projects, @ForAll long seed) throws IOException {
    SyntheticDocuments settings = SyntheticDocuments.of(cities, themes, projects, seed);

    assertThat(new String(written(settings), StandardCharsets.UTF_8))
        .isEqualTo(ScapWriter.canonical().toJson(settings.generate()));
  }

  @Property(tries = 30)
  void makesThePlansOneByOneAsTheWholeDocumentHoldsThem(
      @ForAll @IntRange(max = 30) int cities, @ForAll @IntRange(min = 1, max = 12) int themes,
      @ForAll @IntRange(max = 4) int projects, @ForAll long seed) {
    SyntheticDocuments settings = SyntheticDocuments.of(cities, themes, projects, seed);
    List<Plan> plans = new ArrayList<>();
    settings.plans().forEachRemaining(plans::add);

    ScapDocument document = settings.generate();
    assertThat(plans).isEqualTo(document.plans());
    assertThat(settings.header()).isEqualTo(document.toBuilder().plans(List.of()).build());
  }

  @Test
  void endsItsPlansWithNoSuchElement() {
    Iterator<Plan> plans = SyntheticDocuments.of(0, 1, 0, 1L).plans();

    assertThat(plans.hasNext()).isFalse();
    assertThatThrownBy(plans::next)
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void usesEveryPropertyOfTheFormatInAModeratelySizedDocument() throws IOException {
    byte[] bytes = written(SyntheticDocuments.of(60, 20, 3, 2026L));
    Set<String> names = new HashSet<>();
    try (JsonParser parser = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          names.add(parser.currentName());
        }
      }
    }

    assertThat(names).containsAll(PropertyOrder.NAMES);
  }

  @Test
  void writesAFileWhole(@TempDir Path folder) throws IOException {
    SyntheticDocuments settings = SyntheticDocuments.of(5, 4, 2, 9L);
    Path file = folder.resolve("synthetic.json");
    Files.writeString(file, "old content that is longer than nothing");

    settings.write(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(written(settings));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @ParameterizedTest(name = "{0} cities, {1} themes, {2} projects")
  @CsvSource({"-1, 1, 0", "0, 0, 0", "0, 1, -1"})
  void refusesNegativeSizesAndDocumentsWithoutThemes(int cities, int themes, int projects) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SyntheticDocuments.of(cities, themes, projects, 1L));
  }
}
