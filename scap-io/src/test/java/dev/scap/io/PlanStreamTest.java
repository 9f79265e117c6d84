package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.Mutated;
import dev.scap.testkit.Mutation;
import dev.scap.testkit.ScapArbitraries;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStreamTest {

  private static final ScapReader READER = ScapReader.create();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final String TAXONOMY = "\"taxonomies\": [{\"id\": \"t\", \"name\": \"T\", "
      + "\"themes\": [{\"id\": \"a\", \"label\": \"A\"}]}]";

  private static final String PLAN = "{\"id\": \"p%d\", \"city\": \"c\", \"title\": \"P\", "
      + "\"focusAreas\": [{\"theme\": \"a\"}]}";

  @TempDir
  Path folder;

  @Test
  void yieldsThePlansOfTheExampleInOrderAfterItsHeader() throws IOException {
    ScapDocument whole = READER.read(TestFiles.text("/golden/example.json")).document();
    List<Problem> problems = new ArrayList<>();

    try (PlanStream plans = READER.stream(ScapReaderTest.resourcePath("/golden/example.json"),
        problems::add)) {
      assertThat(plans.header()).isEqualTo(whole.toBuilder().plans(List.of()).build());
      assertThat(plans.plansRead()).isZero();
      assertThat(plans.next()).isEqualTo(whole.plans().get(0));
      assertThat(plans.hasNext()).isTrue();
      assertThat(plans.next()).isEqualTo(whole.plans().get(1));
      assertThat(plans.hasNext()).isFalse();
      assertThat(plans.hasNext()).isFalse();
      assertThat(plans.plansRead()).isEqualTo(2);
      assertThatThrownBy(plans::next).isInstanceOf(NoSuchElementException.class);
      assertThat(plans.errors()).isZero();
      assertThat(plans.warnings()).isZero();
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void readsADocumentWithoutPlans() throws IOException {
    String json = "{\"scapVersion\": \"1.0\", " + TAXONOMY + ", \"cities\": []}";

    Streamed streamed = Streamed.of(file(json));

    assertThat(streamed.plans()).isEmpty();
    assertThat(streamed.document()).isEqualTo(READER.read(json).document());
    assertThat(streamed.problems()).isEmpty();
  }

  @Test
  void closesTheStreamItReadsWhenClosed() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream in = new FilterInputStream(
        new ByteArrayInputStream(TestFiles.bytes("/golden/example.json"))) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    READER.stream(in, problem -> { }).close();

    assertThat(closed[0]).isTrue();
  }

  @Property(tries = 60)
  void streamsAGeneratedDocumentAsTheWholeReadReadsIt(
      @ForAll("documents") ScapDocument document) throws IOException {
    byte[] bytes = TestFiles.canonical(document);

    assertStreamsAsTheWholeRead(bytes);
  }

  @Property(tries = 60)
  void streamsABrokenDocumentAsTheWholeReadReadsIt(@ForAll("brokenDocuments") Mutated broken)
      throws IOException {
    assertStreamsAsTheWholeRead(TestFiles.canonical(broken.document()));
  }

  @Property(tries = 150)
  void streamsADocumentWithValuesReplacedAsTheWholeReadReadsIt(
      @ForAll("documents") ScapDocument document,
      @ForAll("replacements") List<Damage.Replacement> changes) throws IOException {
    String text = Damage.apply(new String(TestFiles.canonical(document), StandardCharsets.UTF_8),
        changes);

    assertStreamsAsTheWholeRead(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 150)
  void streamsADocumentWithBytesChangedAsTheWholeReadReadsIt(
      @ForAll("documents") ScapDocument document,
      @ForAll("edits") List<Damage.ByteEdit> edits) throws IOException {
    assertStreamsAsTheWholeRead(Damage.apply(TestFiles.canonical(document), edits));
  }

  @Test
  void reportsANullPlanAsTheWholeReadDoes() throws IOException {
    String json = "{\"scapVersion\": \"1.0\", " + TAXONOMY + ", \"cities\": [{\"id\": \"c\", "
        + "\"name\": \"C\", \"country\": \"KH\"}],\n\"plans\": [null, " + String.format(PLAN, 1)
        + "]}";

    assertStreamsAsTheWholeRead(json.getBytes(StandardCharsets.UTF_8));
    assertThat(Streamed.of(file(json)).problems()).extracting(PlanStreamTest::placed)
        .containsExactly("2:11 error wrong-type /plans/0");
  }

  @Test
  void streamsADocumentCutInsideACharacterAsTheWholeReadReadsIt() throws IOException {
    String json = "{\"scapVersion\": \"1.0\", " + TAXONOMY + ", \"cities\": [{\"id\": \"c\", "
        + "\"name\": \"C\u00e9\u20ac\", \"country\": \"KH\"}]}";
    byte[] whole = json.getBytes(StandardCharsets.UTF_8);
    int euro = json.indexOf('\u20ac') + 1;  // the € is 3 bytes, after a 2-byte é
    for (int cut = 1; cut <= 2; cut++) {
      byte[] bytes = java.util.Arrays.copyOf(whole, euro + cut);
      assertStreamsAsTheWholeRead(bytes);
      Path file = file(bytes);
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(file)))
          .isInstanceOf(ScapFormatException.class)
          .hasMessageContaining("Invalid UTF-8: the input ends inside a multi-byte character");
    }
  }

  @Test
  void streamsEveryBadInputAsTheWholeReadReadsIt() throws IOException {
    for (String name : List.of("valid", "population-as-string", "title-as-number",
        "themes-as-object", "period-as-array", "null-in-list", "unknown-property",
        "duplicate-key", "duplicate-id", "dangling-reference", "unknown-code",
        "invalid-date-february-30", "missing-cities", "null-cities", "cities-as-boolean",
        "year-out-of-range", "malformed-version", "truncated", "trailing-garbage",
        "two-documents", "nan", "huge-exponent", "newer-minor-version", "other-major-version",
        "empty", "top-level-array", "id-with-line-feed", "id-with-bidi-override",
        "property-name-with-line-feed")) {
      assertStreamsAsTheWholeRead(TestFiles.bytes("/bad/" + name + ".json"));
    }
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    Arbitrary<ScapDocument> synthetic = Combinators.combine(
            Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(0, 3), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
    return Arbitraries.oneOf(ScapArbitraries.documents(DocumentSizes.rich()), synthetic);
  }

  @Provide
  Arbitrary<List<Damage.ByteEdit>> edits() {
    return Damage.byteEdits();
  }

  @Provide
  Arbitrary<Mutated> brokenDocuments() {
    return Mutation.anyAppliedTo(ScapArbitraries.documents(DocumentSizes.rich()));
  }

  @Provide
  Arbitrary<List<Damage.Replacement>> replacements() {
    return Damage.replacements();
  }

  @Test
  void refusesADocumentWhoseCitiesComeAfterItsPlans() throws IOException {
    String json = "{\"scapVersion\": \"1.0\", " + TAXONOMY + ",\n \"plans\": ["
        + String.format(PLAN, 1) + "],\n \"cities\": [{\"id\": \"c\", \"name\": \"C\", "
        + "\"country\": \"KH\"}]}";
    Path file = file(json);

    assertThat(READER.read(json).report().problems()).isEmpty();
    try (PlanStream plans = READER.stream(file, problem -> { })) {
      ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
          () -> plans.forEachRemaining(plan -> { }));

      assertThat(error).isNotNull();
      assertThat(error.problem().rule()).isEqualTo("not-a-document");
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.column()).isEqualTo(12);
      assertThat(error.getMessage()).contains("cities comes after", "before its plans");
    }
  }

  @Test
  void readsTheMetadataAndExtensionsThatFollowThePlans() throws IOException {
    String json = "{\"scapVersion\": \"1.0\", " + TAXONOMY + ", \"cities\": [{\"id\": \"c\", "
        + "\"name\": \"C\", \"country\": \"KH\"}], \"plans\": [" + String.format(PLAN, 1) + ", "
        + String.format(PLAN, 2) + "], \"metadata\": {\"title\": \"After\"}, "
        + "\"extensions\": {\"x-after\": true}}";
    List<Problem> problems = new ArrayList<>();

    try (PlanStream plans = READER.stream(file(json), problems::add)) {
      assertThat(plans.header().metadata().title()).isNull();
      List<Plan> read = new ArrayList<>();
      plans.forEachRemaining(read::add);

      ScapDocument whole = READER.read(json).document();
      assertThat(read).isEqualTo(whole.plans());
      assertThat(plans.header()).isEqualTo(whole.toBuilder().plans(List.of()).build());
      assertThat(plans.header().metadata().title()).isEqualTo("After");
      assertThat(plans.header().extensions().get("x-after")).contains(true);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void readsAFormatVersionThatFollowsThePlans() throws IOException {
    String json = "{" + TAXONOMY + ", \"cities\": [{\"id\": \"c\", \"name\": \"C\", "
        + "\"country\": \"KH\"}], \"plans\": [" + String.format(PLAN, 1) + "], "
        + "\"scapVersion\": \"1.0\"}";

    assertStreamsAsTheWholeRead(json.getBytes(StandardCharsets.UTF_8));
    assertThat(Streamed.of(file(json)).problems()).isEmpty();
  }

  @Test
  void refusesAnotherMajorVersionThatFollowsThePlans() throws IOException {
    String json = "{" + TAXONOMY + ", \"cities\": [{\"id\": \"c\", \"name\": \"C\", "
        + "\"country\": \"KH\"}], \"plans\": [" + String.format(PLAN, 1) + "],\n"
        + "\"scapVersion\": \"2.0\"}";

    assertStreamsAsTheWholeRead(json.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Streamed.of(file(json)))
        .isInstanceOfSatisfying(ScapFormatException.class, e -> {
          assertThat(e.problem().rule()).isEqualTo("unsupported-version");
          assertThat(e.getMessage()).contains("2.0", "1.1");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(16);
        });
  }

  @Test
  void refusesANewerVersionBeforeTheFirstPlanWithItsPlace() throws IOException {
    Path file = ScapReaderTest.resourcePath("/bad/newer-minor-version.json");

    assertThatThrownBy(() -> READER.stream(file, problem -> { }))
        .isInstanceOfSatisfying(ScapFormatException.class, e -> {
          assertThat(e.problem().rule()).isEqualTo("unsupported-version");
          assertThat(e.getMessage()).contains("1.2", "1.1");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(18);
        });
  }

  @Test
  void yieldsThePlansBeforeABrokenOneThenStopsAtItsPlace() throws IOException {
    // The header has a problem, which is placed by reading the file again: that second
    // reading must not stumble on the broken plan ahead of the stream.
    String json = "{\"scapVersion\": \"1.0\", \"cities\": [],\n\"plans\": [" + String.format(PLAN,
        1) + ",\n" + "{\"id\" 2}]}";
    List<Problem> problems = new ArrayList<>();

    try (PlanStream plans = READER.stream(file(json), problems::add)) {
      assertThat(problems).extracting(Problem::rule, Problem::pointer)
          .containsExactly(tuple("empty-list", "/taxonomies"));
      assertThat(plans.next().id().value()).isEqualTo("p1");
      ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
          plans::hasNext);
      assertThat(error).isNotNull();
      assertThat(error.problem().rule()).isEqualTo("syntax-error");
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.column()).isEqualTo(7);
    }
  }

  @Test
  void countsTheErrorsAndWarningsItFound() throws IOException {
    String json = "{\"scapVersion\": \"1.0\", " + TAXONOMY + ", \"cities\": [], \"plans\": ["
        + "{\"id\": \"p\", \"city\": \"nowhere\", \"title\": \"P\", \"focusAreas\": [{\"theme\": "
        + "\"a\"}], \"projects\": [{\"id\": \"x\", \"title\": \"X\", \"themes\": [\"a\"], "
        + "\"stage\": \"pilott\"}]}]}";
    List<Problem> problems = new ArrayList<>();

    try (PlanStream plans = READER.stream(file(json), problems::add)) {
      plans.forEachRemaining(plan -> { });

      assertThat(plans.errors()).isEqualTo(2);
      assertThat(plans.warnings()).isZero();
      assertThat(problems).extracting(Problem::rule)
          .containsExactly("unknown-reference", "invalid-code");
    }
  }

  @Test
  void skipsAByteOrderMarkInAFileAndAStream() throws IOException {
    for (String name : List.of("/golden/example.json", "/bad/unknown-property.json",
        "/bad/duplicate-id.json", "/bad/unknown-code.json", "/bad/nan.json")) {
      byte[] bytes = TestFiles.bytes(name);
      byte[] marked = new byte[bytes.length + 3];
      System.arraycopy(BOM, 0, marked, 0, 3);
      System.arraycopy(bytes, 0, marked, 3, bytes.length);

      assertThat(outcome(() -> Streamed.of(file(marked))))
          .as(name).isEqualTo(outcome(() -> Streamed.of(file(bytes))));
      assertThat(outcome(() -> Streamed.of(marked)))
          .as(name).isEqualTo(outcome(() -> Streamed.of(bytes)));
      assertStreamsAsTheWholeRead(marked);
    }
  }

  /** What streaming a whole document gave: its plans, problems and header after the plans. */
  record Streamed(ScapDocument header, List<Plan> plans, List<Problem> problems) {

    static Streamed of(Path file) throws IOException {
      List<Problem> problems = new ArrayList<>();
      try (PlanStream stream = READER.stream(file, problems::add)) {
        return drain(stream, problems);
      }
    }

    static Streamed of(byte[] bytes) throws IOException {
      List<Problem> problems = new ArrayList<>();
      try (PlanStream stream = READER.stream(new ByteArrayInputStream(bytes), problems::add)) {
        return drain(stream, problems);
      }
    }

    private static Streamed drain(PlanStream stream, List<Problem> problems) {
      List<Plan> plans = new ArrayList<>();
      stream.forEachRemaining(plans::add);
      assertThat(stream.plansRead()).isEqualTo(plans.size());
      assertThat(stream.errors()).isEqualTo(problems.stream().filter(Problem::isError).count());
      assertThat(stream.warnings())
          .isEqualTo(problems.stream().filter(p -> !p.isError()).count());
      return new Streamed(stream.header(), plans, problems);
    }

    ScapDocument document() {
      return header.toBuilder().plans(plans).build();
    }
  }

  @FunctionalInterface
  private interface Reading {
    Object read() throws IOException;
  }

  /**
   * What a reading gave, for comparison: the result, or the rule, place and pointer of the
   * exception that stopped it.
   */
  private static Object outcome(Reading reading) throws IOException {
    try {
      return reading.read();
    } catch (ScapFormatException e) {
      Problem p = e.problem();
      return "refused: " + p.rule() + " " + p.pointer() + " at " + p.line() + ":" + p.column();
    }
  }

  /**
   * Checks that streaming gives the plans, header and problems of the whole read (from a file:
   * with the same lines and columns), or stops where the whole read stops.
   */
  private void assertStreamsAsTheWholeRead(byte[] bytes) throws IOException {
    Path file = file(bytes);
    try {
      Object whole = outcome(() -> READER.read(file));
      Object fromFile = outcome(() -> Streamed.of(file));
      Object fromStream = outcome(() -> Streamed.of(bytes));
      String input = TestFiles.show(bytes);

      if (whole instanceof ReadResult result) {
        assertThat(fromFile).as(input).isInstanceOf(Streamed.class);
        assertThat(fromStream).as(input).isInstanceOf(Streamed.class);
        Streamed streamedFile = (Streamed) fromFile;
        Streamed streamedBytes = (Streamed) fromStream;
        assertThat(streamedFile.document()).as(input).isEqualTo(result.document());
        assertThat(streamedBytes.document()).as(input).isEqualTo(result.document());
        // A problem found late (a missing scapVersion, known only after the plans) comes late.
        assertThat(streamedFile.problems()).as(input).extracting(PlanStreamTest::placed)
            .containsExactlyInAnyOrderElementsOf(placed(result.report().problems()));
        assertThat(streamedBytes.problems()).as(input).extracting(PlanStreamTest::unplaced)
            .containsExactlyInAnyOrderElementsOf(unplaced(result.report().problems()));
      } else {
        assertThat(fromFile).as(input).isEqualTo(whole);
        assertThat(fromStream).as(input).isInstanceOf(String.class);
        assertThat(((String) fromStream).replaceAll(" at \\d+:\\d+$", ""))
            .as(input).isEqualTo(((String) whole).replaceAll(" at \\d+:\\d+$", ""));
      }
    } finally {
      Files.delete(file);
    }
  }

  private static String placed(Problem problem) {
    return problem.line() + ":" + problem.column() + " " + unplaced(problem);
  }

  private static List<String> placed(List<Problem> problems) {
    return problems.stream().map(PlanStreamTest::placed).toList();
  }

  private static String unplaced(Problem problem) {
    return problem.severity().label() + " " + problem.rule() + " " + problem.pointer();
  }

  private static List<String> unplaced(List<Problem> problems) {
    return problems.stream().map(PlanStreamTest::unplaced).toList();
  }

  private Path file(String json) throws IOException {
    return file(json.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(byte[] bytes) throws IOException {
    Path in = folder == null ? Files.createTempFile("plans", ".json")
        : Files.createTempFile(folder, "plans", ".json");
    try {
      return Files.write(in, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
