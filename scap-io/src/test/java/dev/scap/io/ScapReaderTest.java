package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ScapValidator;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.EndlessInput;
import dev.scap.testkit.Mutated;
import dev.scap.testkit.Mutation;
import dev.scap.testkit.ScapArbitraries;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScapReaderTest {

  private static final ScapReader READER = ScapReader.create();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * The rules across objects find the same problems, whether the taxonomies and cities come
   * before the plans (checked as the plans are read) or after them (checked at the end).
   */
  @Test
  void findsTheSameProblemsAcrossObjectsWhateverComesBeforeThePlans() {
    String taxonomies = "\"taxonomies\": [{\"id\": \"t\", \"name\": \"T\", \"themes\": "
        + "[{\"id\": \"a\", \"label\": \"A\"}, {\"id\": \"a\", \"label\": \"Again\"}]}]";
    String cities = "\"cities\": [{\"id\": \"c\", \"name\": \"C\", \"country\": \"KH\"}, "
        + "{\"id\": \"c\", \"name\": \"Again\", \"country\": \"VN\"}]";
    StringBuilder plans = new StringBuilder("\"plans\": [");
    for (int i = 0; i < 100; i++) {
      plans.append(i == 0 ? "" : ", ").append("{\"id\": \"p").append(i % 90)
          .append("\", \"city\": \"").append(i % 7 == 3 ? "nowhere" : "c")
          .append("\", \"title\": \"P\", \"focusAreas\": [{\"theme\": \"")
          .append(i % 11 == 5 ? "b" : "a").append("\"}], \"projects\": [{\"id\": \"x")
          .append(i % 60).append("\", \"title\": \"X\", \"themes\": [\"a\"]}]}");
    }
    plans.append("]");
    String before = "{\"scapVersion\": \"1.1\", " + taxonomies + ", " + cities + ", " + plans + "}";
    String after = "{\"scapVersion\": \"1.1\", " + plans + ", " + taxonomies + ", " + cities + "}";

    List<Problem> first = ScapReader.create().read(before).report().problems();
    List<Problem> last = ScapReader.create().read(after).report().problems();

    assertThat(first).extracting(Problem::rule)
        .contains("duplicate-id", "unknown-reference");
    assertThat(last).extracting(Problem::rule, Problem::pointer, Problem::message)
        .containsExactlyInAnyOrderElementsOf(first.stream()
            .map(p -> tuple(p.rule(), p.pointer(), p.message())).toList());
  }

  @Test
  void readsTheGoldenExampleWithoutAnyProblem() {
    ReadResult result = READER.read(TestFiles.text("/golden/example.json"));

    assertThat(result.report().problems()).isEmpty();
    assertThat(result.isValid()).isTrue();
    ScapDocument document = result.document();
    assertThat(document.scapVersion()).isEqualTo("1.0");
    assertThat(document.taxonomies()).hasSize(2);
    assertThat(document.cities()).hasSize(2);
    assertThat(document.organizations()).hasSize(2);
    assertThat(document.plans()).hasSize(2);
    assertThat(document.plans().get(0).projects().get(0).extensions().values())
        .containsOnlyKeys("x-note");
  }

  @Test
  void readsTheGoldenCanonicalFileAsTheSameDocumentAsTheExample() {
    assertThat(READER.read(TestFiles.text("/golden/example.canonical.json")))
        .isEqualTo(READER.read(TestFiles.text("/golden/example.json")));
  }

  @Test
  void readsTheSameDocumentFromAFileBytesTextAndCharacters() throws IOException {
    ReadResult fromText = READER.read(TestFiles.text("/golden/example.json"));

    assertThat(READER.read(resourcePath("/golden/example.json"))).isEqualTo(fromText);
    assertThat(READER.read(new ByteArrayInputStream(TestFiles.bytes("/golden/example.json"))))
        .isEqualTo(fromText);
    assertThat(READER.read(new StringReader(TestFiles.text("/golden/example.json"))))
        .isEqualTo(fromText);
  }

  @Test
  void leavesTheStreamAndTheReaderItReadsOpen() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream in = new FilterInputStream(
        new ByteArrayInputStream(TestFiles.bytes("/bad/valid.json"))) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Reader reader = new StringReader(TestFiles.text("/bad/valid.json"));

    READER.read(in);
    READER.read(reader);

    assertThat(closed[0]).isFalse();
    assertThat(reader.ready()).isTrue();
  }

  @Property(tries = 40)
  void readsAStreamWhateverItSaysOfItsLengthAsItsBytes(
      @ForAll("paddings") int padding, @ForAll("chunks") int chunk,
      @ForAll("availables") int available) throws IOException {
    // The valid document padded with spaces to sizes around the first buffer's 64 KiB.
    byte[] valid = TestFiles.bytes("/bad/valid.json");
    byte[] padded = Arrays.copyOf(valid, (1 << 16) + padding);
    Arrays.fill(padded, valid.length, padded.length, (byte) ' ');

    ReadResult read = READER.read(new Trickle(padded, chunk, available));

    assertThat(read).isEqualTo(READER.read(new ByteArrayInputStream(padded)));
    assertThat(read.isValid()).isTrue();
  }

  @Provide
  Arbitrary<Integer> paddings() {
    return Arbitraries.integers().between(-2, 2);
  }

  @Provide
  Arbitrary<Integer> chunks() {
    return Arbitraries.of(1, 7, 4096, 1 << 16, 1 << 20);
  }

  @Provide
  Arbitrary<Integer> availables() {
    // 0 as a pipe says; the exact rest as a file or an array says; more than there is, up to
    // far more than the size limit
    return Arbitraries.of(-1, 0, 1, 1 << 20, Integer.MAX_VALUE);
  }

  @Test
  void readsAStreamLongerThanItsFirstBufferAsItsBytes() throws IOException {
    byte[] large = TestFiles.canonical(SyntheticDocuments.of(80, 16, 4, 7).generate());

    assertThat(large.length).isGreaterThan(4 << 16);
    assertThat(READER.read(new Trickle(large, 5_000, 0)))
        .isEqualTo(READER.read(new ByteArrayInputStream(large)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "zeros as from /dev/zero, '', '\u0000', syntax-error",
      "'[' forever, '', '[', not-a-document",
      "'[' forever in an extension, '{\"extensions\":{\"x\":', '[', limit-exceeded",
      "'{\"a\":' forever, '{\"extensions\":', '{\"a\":', limit-exceeded"})
  void stopsReadingAStreamThatNeverEndsAsSoonAsItIsNotJsonOrNestsTooDeep(String name,
      String prefix, String repeated, String rule) {
    EndlessInput in = new EndlessInput(prefix, repeated);

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> READER.read(in));

    assertThat(error).isNotNull();
    assertThat(error.problem().rule()).isEqualTo(rule);
    assertThat(in.given()).as("bytes read before stopping").isLessThan(1 << 20);
  }

  @Test
  void readsAFileOfSeveralMegabytesAsItsBytesAndRefusesOneOverTheLimit(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("large.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      SyntheticDocuments.of(600, 20, 5, 3).write(out);
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).as("more than one step of a read").isGreaterThan(1 << 20);

    assertThat(READER.read(file)).isEqualTo(READER.read(new ByteArrayInputStream(bytes)));
    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> ScapReader.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1 << 19))
            .read(file));
    assertThat(error).isNotNull();
    assertThat(error.problem().rule()).isEqualTo("limit-exceeded");
    assertThat(error.getMessage()).contains("larger than the limit of " + (1 << 19)
        + " bytes (at least " + bytes.length + ")");
  }

  /**
   * A regular file is parsed as it is read, and read whole again only to place problems: the
   * same document, problems and refusals, at the same lines and columns, as the same bytes
   * read from a stream, which are recorded as they are read.
   */
  @Property(tries = 150)
  void readsADamagedFileAsTheSameBytesFromAStream(@ForAll("validDocuments") byte[] valid,
      @ForAll("edits") List<Damage.ByteEdit> edits) throws IOException {
    byte[] bytes = Damage.apply(valid, edits);
    Path file = Files.createTempFile("damaged", ".json");
    try {
      Files.write(file, bytes);

      assertThat(outcome(() -> READER.read(file))).as(TestFiles.show(bytes))
          .isEqualTo(outcome(() -> READER.read(new ByteArrayInputStream(bytes))));
    } finally {
      Files.delete(file);
    }
  }

  /** What reading gives: the result, or the refusal's rule, message and place. */
  private static Object outcome(Reading reading) throws IOException {
    try {
      return reading.read();
    } catch (ScapFormatException e) {
      Problem p = e.problem();
      return "refused: " + p.rule() + " " + p.pointer() + " at " + p.line() + ":" + p.column()
          + ": " + p.message();
    }
  }

  /** A read that may fail to get its bytes. */
  @FunctionalInterface
  private interface Reading {
    ReadResult read() throws IOException;
  }

  @Test
  void readsAFileOnAnInterruptedThreadAndLeavesTheInterrupt(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("example.json");
    Files.write(file, TestFiles.bytes("/golden/example.json"));
    ReadResult expected = READER.read(file);

    Thread.currentThread().interrupt();
    try {
      assertThat(READER.read(file)).isEqualTo(expected);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void stopsReadingWhiteSpaceThatNeverEndsAtTheDocumentSizeLimit() {
    EndlessInput in = new EndlessInput("{\"cities\": [] ", " ");

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> ScapReader.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(3 << 20)).read(in));

    assertThat(error).isNotNull();
    assertThat(error.problem().rule()).isEqualTo("limit-exceeded");
    assertThat(error.getMessage()).contains("larger than the limit of " + (3 << 20) + " bytes");
    assertThat(in.given()).isLessThanOrEqualTo((3 << 20) + (1 << 17));
  }

  @Test
  void stopsReadingAnArrayThatNeverEndsAtTheItemLimit() {
    EndlessInput in = new EndlessInput("{\"cities\": [], \"extensions\": {\"x\": [0", ",0");

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> ScapReader.withLimits(ReadLimits.DEFAULTS.withMaxItems(100_000)).read(in));

    assertThat(error).isNotNull();
    assertThat(error.problem().rule()).isEqualTo("limit-exceeded");
    assertThat(error.getMessage()).contains("more than 100000 entries");
    assertThat(error.problem().pointer()).isEqualTo("/extensions/x/100000");
  }

  @Test
  void readsAFolderAsAFileThatCannotBeRead(@TempDir Path folder) {
    assertThatThrownBy(() -> READER.read(folder)).isInstanceOf(IOException.class);
  }

  /**
   * Gives at most {@code chunk} bytes a read, and says that {@code available} bytes are left:
   * -1 for exactly what is left, or that number whatever is left.
   */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private final int available;
    private int position;

    Trickle(byte[] bytes, int chunk, int available) {
      this.bytes = bytes;
      this.chunk = chunk;
      this.available = available;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), bytes.length - position);
      System.arraycopy(bytes, position, buffer, offset, n);
      position += n;
      return n;
    }

    @Override
    public int available() {
      return available < 0 ? bytes.length - position : available;
    }
  }

  @Test
  void rejectsNullInput() {
    assertThatNullPointerException().isThrownBy(() -> READER.read((String) null));
    assertThatNullPointerException().isThrownBy(() -> ScapReader.withLimits(null));
  }

  @Test
  void givesItsLimits() {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxDepth(12);

    assertThat(ScapReader.create().limits()).isEqualTo(ReadLimits.DEFAULTS);
    assertThat(ScapReader.withLimits(limits).limits()).isEqualTo(limits);
  }

  /** A problem expected: its rule, place and fragments of its message. */
  record Expected(String rule, String pointer, int line, int column, List<String> fragments) {
    @Override
    public String toString() {
      return line + ":" + column + " " + rule + " " + pointer + " " + fragments;
    }
  }

  private static Expected problem(String rule, String pointer, int line, int column,
      String... fragments) {
    return new Expected(rule, pointer, line, column, List.of(fragments));
  }

  /** Bad inputs that read into a document with problems: every one of them, in order. */
  static Stream<Arguments> readableBadInputs() {
    return Stream.of(
        bad("population-as-string.json", problem("wrong-type", "/cities/0/population", 11, 80,
            "expected a whole number", "the string \"2,800,000\"")),
        bad("fraction-for-population.json", problem("wrong-type", "/cities/0/population", 11,
            80, "expected a whole number", "2800000.5")),
        bad("title-as-number.json", problem("wrong-type", "/plans/0/title", 20, 16,
            "expected a string", "the number 2018")),
        bad("themes-as-object.json", problem("wrong-type", "/plans/0/projects/0/themes", 28, 21,
            "expected an array, found an object")),
        bad("period-as-array.json", problem("wrong-type", "/plans/0/period", 22, 17,
            "expected an object, found an array")),
        bad("priority-as-string.json", problem("wrong-type", "/plans/0/focusAreas/0/priority",
            23, 58, "the string \"1\"")),
        bad("extensions-as-array.json", problem("wrong-type",
            "/plans/0/projects/0/partners/0/extensions", 31, 81,
            "expected an object, found an array")),
        bad("cities-as-boolean.json",
            problem("wrong-type", "/cities", 10, 13, "expected an array, found true"),
            problem("unknown-reference", "/plans/0/city", 17, 15, "\"phnom-penh\"")),
        bad("null-required.json", problem("required", "/cities/0/name", 11, 35,
            "name is required")),
        bad("null-in-list.json", problem("wrong-type", "/plans/0/projects/0/themes/1", 28, 35,
            "expected a list entry, found null")),
        bad("missing-required.json", problem("required", "/organizations/0/kind", 14, 5,
            "kind is required")),
        bad("missing-cities.json",
            problem("missing-property", "/cities", 1, 1, "cities is required"),
            problem("unknown-reference", "/plans/0/city", 16, 15, "\"phnom-penh\"")),
        bad("null-cities.json",
            problem("missing-property", "/cities", 10, 13, "cities is required"),
            problem("unknown-reference", "/plans/0/city", 17, 15, "\"phnom-penh\"")),
        bad("unknown-property.json", problem("unknown-property", "/metadata/titel", 3, 17,
            "no property titel", "did you mean title?")),
        bad("unknown-top-level-property.json", problem("unknown-property", "/plan", 16, 3,
            "no property plan", "did you mean plans?")),
        bad("duplicate-key.json", problem("duplicate-property", "/cities/0/name", 11, 49,
            "name is given more than once", "the first is kept")),
        bad("duplicate-id.json", problem("duplicate-id", "/cities/1/id", 12, 13,
            "\"phnom-penh\"", "/cities/0")),
        bad("dangling-reference.json", problem("unknown-reference", "/plans/0/city", 19, 15,
            "city \"phnom-pen\"")),
        bad("unknown-theme.json", problem("unknown-reference", "/plans/0/projects/0/themes/0",
            28, 22, "theme \"bildings\"")),
        bad("unknown-code.json", problem("invalid-code", "/plans/0/projects/0/stage", 29, 20,
            "\"pilott\"", "did you mean \"pilot\"?")),
        bad("unknown-code-far-from-any.json", problem("invalid-code", "/organizations/0/kind",
            14, 62, "\"bank\"", "multilateral-development-bank")),
        bad("invalid-date-february-30.json", problem("invalid-date", "/plans/0/adopted", 21, 18,
            "\"2019-02-30\"", "YYYY-MM-DD")),
        bad("invalid-date-day-first.json", problem("invalid-date", "/plans/0/adopted", 21, 18,
            "\"19-11-2019\"", "YYYY-MM-DD")),
        bad("year-out-of-range.json", problem("wrong-type", "/plans/0/period/start", 22, 28,
            "99999999999 is out of range", "2147483647")),
        bad("year-beyond-long.json", problem("wrong-type", "/plans/0/period/end", 22, 41,
            "99999999999999999999 is out of range")),
        bad("malformed-version.json", problem("invalid-version", "/scapVersion", 2, 18,
            "\"v1\"", "MAJOR.MINOR")),
        bad("negative-population.json", problem("out-of-range", "/cities/0/population", 11, 80,
            "-5")),
        bad("lowercase-country.json", problem("invalid-country", "/cities/0/country", 11, 60,
            "\"kh\"")),
        bad("unknown-currency.json", problem("invalid-currency",
            "/plans/0/projects/0/cost/currency", 30, 53, "\"XYZ\"")),
        bad("invalid-identifier.json", problem("invalid-identifier", "/plans/0/projects/0/id",
            26, 17, "\"PP Control Centre\"")),
        bad("id-with-line-feed.json", problem("invalid-identifier", "/plans/0/projects/0/id",
            26, 17, "id \"pp-control\\ncentre\" is not an identifier")),
        bad("id-with-bidi-override.json", problem("invalid-identifier",
            "/plans/0/projects/0/id", 26, 17,
            "id \"pp-\\u202Econtrol-centre\\u2066\" is not an identifier")),
        bad("property-name-with-line-feed.json", problem("unknown-property",
            "/cities/0/popu\nlation", 11, 66,
            "city has no property \"popu\\nlation\"; did you mean population?")),
        bad("reversed-period.json", problem("invalid-period", "/plans/0/period/end", 22, 41,
            "ends (2017) before it starts (2018)")),
        bad("project-ends-before-start.json", problem("invalid-period",
            "/plans/0/projects/0/end", 31, 18, "ends (2020-12-31) before it starts (2021-01-01)")));
  }

  /** Bad inputs that stop reading. */
  static Stream<Arguments> unreadableInputs() {
    return Stream.of(
        bad("empty.json", problem("syntax-error", "", 1, 1, "the document is empty")),
        bad("whitespace-only.json", problem("syntax-error", "", 3, 1, "the document is empty")),
        bad("top-level-array.json", problem("not-a-document", "", 1, 1, "JSON object",
            "not an array")),
        bad("top-level-string.json", problem("not-a-document", "", 1, 1, "JSON object",
            "not the string \"scapVersion 1.0\"")),
        bad("truncated.json", problem("syntax-error", "/plans/0/city", 19, 21, "end-of-input")),
        bad("trailing-garbage.json", problem("syntax-error", "", 37, 1, "'garbage'")),
        bad("two-documents.json", problem("syntax-error", "", 37, 1,
            "content follows the end of the document")),
        bad("trailing-comma.json", problem("syntax-error",
            "/plans/0/projects/0/partners/0/role", 31, 67, "'}'")),
        bad("unquoted-property-name.json", problem("syntax-error", "/plans/0/projects/0/id",
            27, 11, "'t'")),
        bad("single-quoted-string.json", problem("syntax-error",
            "/plans/0/projects/0/partners/0/role", 31, 57, "'''")),
        bad("comment.json", problem("syntax-error", "/plans/0/projects/0/stage", 29, 29,
            "'/'")),
        bad("control-character-in-string.json", problem("syntax-error",
            "/plans/0/projects/0/title", 27, 28, "code 9")),
        bad("nan.json", problem("syntax-error", "/plans/0/projects/0/cost/amount", 30, 31,
            "'NaN'")),
        bad("infinity.json", problem("syntax-error", "/plans/0/projects/0/cost/amount", 30, 31,
            "'Infinity'")),
        bad("huge-exponent.json", problem("limit-exceeded", "/plans/0/projects/0/cost/amount",
            30, 31, "1e1000000", "1000001 digits", "limit of 200")),
        bad("newer-minor-version.json", problem("unsupported-version", "/scapVersion", 2, 18,
            "1.2", "1.1")),
        bad("other-major-version.json", problem("unsupported-version", "/scapVersion", 2, 18,
            "2.0", "1.1")),
        // What follows a version this library cannot read may be of another format: reading
        // stops at the version, before the truncated end is met.
        bad("newer-version-then-truncated.json", problem("unsupported-version", "/scapVersion",
            2, 18, "2.0", "1.1")));
  }

  private static Arguments bad(String file, Expected... expected) {
    return Arguments.of(file, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readableBadInputs")
  void reportsEveryProblemOfABadInputWithItsRulePointerLineAndColumn(String file,
      List<Expected> expected) throws IOException {
    for (ReadResult result : readEveryWay("/bad/" + file)) {
      assertThat(result.isValid()).isFalse();
      assertProblems(result.report().problems(), expected);
    }
  }

  @Test
  void quotesAValueInAMessageEscapedAndShortenedAndKeepsThePointerAsData() {
    String json = TestFiles.text("/bad/valid.json")
        .replace("\"pp-control-centre\"", "\"" + "a\\n".repeat(100_000) + "\"")
        .replace("\"population\"", "\"\\u001B[2J\"");

    List<Problem> problems = READER.read(json).report().problems();

    assertThat(problems).extracting(Problem::pointer, Problem::line, Problem::column,
        Problem::message).containsExactly(
            tuple("/cities/0/\u001B[2J", 11, 66, "city has no property \"\\u001B[2J\"; its "
                + "properties are id, name, country, population, location, networks, "
                + "extensions"),
            tuple("/plans/0/projects/0/id", 26, 17, "id \"" + "a\\n".repeat(66) + "a…\" "
                + "(200000 characters) is not an identifier: use lower-case letters, digits "
                + "and hyphens, begin with a letter or digit, at most 64 characters"));
    assertThat(problems.get(0)).hasToString("11:66: error unknown-property "
        + "/cities/0/\\u001B[2J: " + problems.get(0).message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableInputs")
  void stopsReadingAnUnreadableInputWithItsRulePointerLineAndColumn(String file,
      List<Expected> expected) {
    for (Source source : Source.values()) {
      ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
          () -> source.read(READER, "/bad/" + file));

      assertThat(error).as("reading %s from %s", file, source).isNotNull();
      assertProblems(List.of(error.problem()), expected);
      assertThat(error.line()).isEqualTo(error.problem().line());
      assertThat(error.column()).isEqualTo(error.problem().column());
      assertThat(error.pointer()).isEqualTo(error.problem().pointer());
      assertThat(error).hasMessage(error.problem().toString());
    }
  }

  @Test
  void readsTheDocumentThatTheBadInputsBreakWithoutAnyProblem() throws IOException {
    for (ReadResult result : readEveryWay("/bad/valid.json")) {
      assertThat(result.report().problems()).isEmpty();
    }
  }

  @Test
  void refusesANewerMinorVersionWithAMessageNamingBothVersions() {
    assertThatThrownBy(() -> READER.read(TestFiles.text("/bad/newer-minor-version.json")))
        .isInstanceOf(ScapFormatException.class)
        .hasMessageContaining("1.2").hasMessageContaining("1.1");
  }

  @Test
  void refusesAnotherMajorVersionWithAMessageNamingBothVersions() {
    assertThatThrownBy(() -> READER.read(TestFiles.text("/bad/other-major-version.json")))
        .isInstanceOf(ScapFormatException.class)
        .hasMessageContaining("2.0").hasMessageContaining("1.1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'{\"extensions\":{\"x\":', '[', 218",
      "'{\"unknown\":', '{\"a\":', 1007",
      "'{\"metadata\":', '[', 212"})
  void refusesNesting100000DeepAsALimitWithoutOverflowingTheStack(String prefix, String level,
      int column) {
    String json = prefix + level.repeat(100_000);

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> READER.read(json));

    assertThat(error).isNotNull();
    assertThat(error.problem().rule()).isEqualTo("limit-exceeded");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isEqualTo(column);
    assertThat(error.getMessage()).contains("(201)", "200");
  }

  @Test
  void refusesA50MegabyteStringPastTheDefaultLimitOf16MebiCharacters() throws IOException {
    byte[] input = documentWithTitleOf(50_000_000);

    for (Function<byte[], ReadResult> read : List.<Function<byte[], ReadResult>>of(
        bytes -> readBytes(READER, bytes),
        bytes -> READER.read(new String(bytes, StandardCharsets.ISO_8859_1)))) {
      ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
          () -> read.apply(input));

      assertThat(error).isNotNull();
      assertThat(error.problem()).extracting(Problem::rule, Problem::pointer, Problem::line,
          Problem::column).containsExactly("limit-exceeded", "/metadata/title", 1, 22);
      assertThat(error.getMessage()).contains(String.valueOf(16 << 20));
    }
  }

  @Test
  void refusesA50MegabyteStringPastAConfiguredLimit() {
    ScapReader reader = ScapReader.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(1000));

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> readBytes(reader, documentWithTitleOf(50_000_000)));

    assertThat(error).isNotNull();
    assertThat(error.problem()).extracting(Problem::rule, Problem::pointer, Problem::line,
        Problem::column).containsExactly("limit-exceeded", "/metadata/title", 1, 22);
    assertThat(error.getMessage()).contains("1000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1e2147483648, 1e2147483648",
      "1e-2147483649, 1e-2147483649",
      "-1e1000000, -1e1000000",
      "1e-1000000, 1e-1000000",
      "201 digits, Number value length"})
  void refusesANumberTooLongToHoldAsALimitNotAHang(String number, String fragment) {
    String written = number.equals("201 digits") ? "9".repeat(201) : number;
    String json = TestFiles.text("/bad/valid.json")
        .replace("\"role\": \"funder\"", "\"role\": \"funder\", \"extensions\": { \"x\": "
            + written + " }");

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> READER.read(json));

    assertThat(error).isNotNull();
    assertThat(error.problem()).extracting(Problem::rule, Problem::pointer, Problem::line)
        .containsExactly("limit-exceeded", "/plans/0/projects/0/partners/0/extensions/x", 31);
    assertThat(error.column()).isEqualTo(88);
    assertThat(error.getMessage()).contains(fragment);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "byte FF in a value, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"title\": \"P#nh\"}}', FF",
      "truncated sequence, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"title\": \"P#\"}}', C3",
      "lone continuation, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"title\": \"#\"}}', 80",
      "overlong slash, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"title\": \"#\"}}', C0AF",
      "in a property name, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"ti#tle\": \"x\"}}', FE",
      "encoded surrogate, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"title\": \"#\"}}', EDA080",
      "cut short, '{\"scapVersion\": \"1.0\",|  \"metadata\": {\"title\": \"#\"}}', E282"})
  void refusesInvalidUtf8AsASyntaxErrorWithItsLineAndColumn(String name, String lines,
      String hex) {
    String template = lines.replace('|', '\n');
    byte[] bad = hexBytes(hex);
    int at = template.indexOf('#');
    byte[] input = new byte[template.length() - 1 + bad.length];
    byte[] ascii = template.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ascii, 0, input, 0, at);
    System.arraycopy(bad, 0, input, at, bad.length);
    System.arraycopy(ascii, at + 1, input, at + bad.length, ascii.length - at - 1);
    int column = at - template.indexOf('\n');

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> readBytes(READER, input));

    assertThat(error).as(TestFiles.show(input)).isNotNull();
    assertThat(error.problem().rule()).isEqualTo("syntax-error");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(column);
    assertThat(error.getMessage()).containsIgnoringCase("UTF-8");
  }

  @Test
  void skipsAByteOrderMarkInBytesTextCharactersAndFiles(@TempDir Path folder)
      throws IOException {
    byte[] bytes = TestFiles.bytes("/bad/unknown-property.json");
    byte[] marked = new byte[bytes.length + 3];
    System.arraycopy(BOM, 0, marked, 0, 3);
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    String text = "\uFEFF" + new String(bytes, StandardCharsets.UTF_8);
    Path file = Files.write(folder.resolve("marked.json"), marked);
    ReadResult unmarked = READER.read(new String(bytes, StandardCharsets.UTF_8));

    assertThat(READER.read(new ByteArrayInputStream(marked))).isEqualTo(unmarked);
    assertThat(READER.read(text)).isEqualTo(unmarked);
    assertThat(READER.read(new StringReader(text))).isEqualTo(unmarked);
    assertThat(READER.read(file)).isEqualTo(unmarked);
    assertThat(unmarked.report().problems()).extracting(Problem::line, Problem::column)
        .containsExactly(tuple(3, 17));
  }

  @Test
  void refusesASecondByteOrderMarkAsASyntaxErrorInTextAndInBytes(@TempDir Path folder)
      throws IOException {
    String text = "\uFEFF\uFEFF" + TestFiles.text("/bad/valid.json");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(folder.resolve("two-marks.json"), bytes);

    for (ThrowingSupplier<Object> read : List.<ThrowingSupplier<Object>>of(
        () -> READER.read(text), () -> READER.read(new ByteArrayInputStream(bytes)),
        () -> READER.read(file), () -> READER.stream(file, problem -> { }),
        () -> READER.stream(new ByteArrayInputStream(bytes), problem -> { }))) {
      assertThatThrownBy(read::get).isInstanceOfSatisfying(ScapFormatException.class,
          e -> assertThat(e).hasMessage("1:1: error syntax-error /: a second byte-order mark "
              + "(EF BB BF) follows the first; a SCAP document has at most one"));
    }
  }

  /** A read that may throw. */
  interface ThrowingSupplier<T> {
    T get() throws IOException;
  }

  static Stream<Arguments> otherEncodings() {
    return Stream.of(
        Arguments.of("UTF-16LE", "", "UTF-16LE (its first bytes are 7B 00 0A 00)"),
        Arguments.of("UTF-16LE", "\uFEFF", "UTF-16LE (byte-order mark FF FE)"),
        Arguments.of("UTF-16BE", "", "UTF-16BE (its first bytes are 00 7B 00 0A)"),
        Arguments.of("UTF-16BE", "\uFEFF", "UTF-16BE (byte-order mark FE FF)"),
        Arguments.of("UTF-32LE", "", "UTF-32LE (its first bytes are 7B 00 00 00)"),
        Arguments.of("UTF-32LE", "\uFEFF", "UTF-32LE (byte-order mark FF FE 00 00)"),
        Arguments.of("UTF-32BE", "", "UTF-32BE (its first bytes are 00 00 00 7B)"),
        Arguments.of("UTF-32BE", "\uFEFF", "UTF-32BE (byte-order mark 00 00 FE FF)"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("otherEncodings")
  void refusesADocumentInUtf16OrUtf32NamingTheEncodingFound(String encoding, String mark,
      String found, @TempDir Path folder) throws IOException {
    byte[] bytes = (mark + TestFiles.text("/bad/valid.json"))
        .getBytes(java.nio.charset.Charset.forName(encoding));
    Path file = Files.write(folder.resolve("encoded.json"), bytes);

    for (ThrowingSupplier<Object> read : List.<ThrowingSupplier<Object>>of(
        () -> READER.read(new ByteArrayInputStream(bytes)), () -> READER.read(file),
        () -> READER.stream(file, problem -> { }),
        () -> READER.stream(new ByteArrayInputStream(bytes), problem -> { }))) {
      assertThatThrownBy(read::get).isInstanceOfSatisfying(ScapFormatException.class,
          e -> assertThat(e).hasMessage("1:1: error syntax-error /: the document is " + found
              + "; SCAP documents are UTF-8"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a byte-order mark, FEFF", "a right-to-left override, 202E", "an e acute, E9"})
  void placesAnUnexpectedCharacterOnItselfInBytesAndText(String name, String hex) {
    String text = TestFiles.text("/bad/valid.json").replace("\"cities\"",
        (char) Integer.parseInt(hex, 16) + "\"cities\"");

    for (Function<String, ReadResult> read : List.<Function<String, ReadResult>>of(
        READER::read, json -> readBytes(READER, json.getBytes(StandardCharsets.UTF_8)))) {
      ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
          () -> read.apply(text));

      assertThat(error).isNotNull();
      assertThat(error.problem()).extracting(Problem::rule, Problem::pointer, Problem::line,
          Problem::column).containsExactly("syntax-error", "/taxonomies", 10, 3);
      assertThat(error.getMessage()).contains("Unexpected character (",
          "(code " + Integer.parseInt(hex, 16));
    }
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        Arguments.of("NaN", 21, "Non-standard token 'NaN'"),
        Arguments.of("-Infinity", 21, "Non-standard token '-Infinity'"),
        Arguments.of("tru ", 21, "Unrecognized token 'tru'"),
        Arguments.of("\u00E9", 21, "Unrecognized token '\u00E9'"),
        Arguments.of("\u0000", 21, "CTRL-CHAR, code 0"),
        Arguments.of("+1", 21, "('+' (code 43))"),
        Arguments.of("-x", 22, "('x' (code 120))"),
        Arguments.of("0x10", 22, "('x' (code 120))"),
        Arguments.of("007", 21, "Leading zeroes not allowed"),
        Arguments.of("-01", 22, "Leading zeroes not allowed"),
        Arguments.of("1.", 23, "('}' (code 125))"),
        Arguments.of("1e", 23, "('}' (code 125))"),
        Arguments.of("[1 2]", 24, "('2' (code 50))"),
        Arguments.of("\"ab\\qc\"", 25, "escape 'q'"),
        Arguments.of("\"a\" \"b\"", 25, "('\"' (code 34))"),
        Arguments.of("\"a\", b: 1", 26, "('b' (code 98))"),
        Arguments.of("\"a\", \u00E9b: 1", 26, "('\u00E9' (code 233))"),
        Arguments.of("\"a\", \"b\" 1", 30, "('1' (code 49))"),
        Arguments.of("1, \"a\tb\": 1", 26, "CTRL-CHAR, code 9"),
        Arguments.of("1, \"\u00E9\tb\": 1", 26, "CTRL-CHAR, code 9"),
        Arguments.of("1, \"\uD83D\uDE00\tb\": 1", 27, "CTRL-CHAR, code 9"),
        Arguments.of("1, \"ab\n\": 1", 27, "CTRL-CHAR, code 10"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("syntaxErrors")
  void placesASyntaxErrorOnTheOffendingCharacterInTextAndInBytes(String value, int column,
      String fragment) {
    String json = "{\"scapVersion\": \"1.0\",\n  \"cities\": [{\"id\": " + value + "}]}";

    for (Function<String, ReadResult> read : List.<Function<String, ReadResult>>of(
        READER::read, text -> readBytes(READER, text.getBytes(StandardCharsets.UTF_8)))) {
      ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
          () -> read.apply(json));

      assertThat(error).isNotNull();
      assertThat(error.problem()).extracting(Problem::rule, Problem::line, Problem::column)
          .as(error.getMessage()).containsExactly("syntax-error", 2, column);
      assertThat(error.getMessage()).contains(fragment);
    }
  }

  @Test
  void countsABrokenSequenceBeforeAnErrorAsOneCharacterAsJavaDecodesIt() {
    // A four-byte lead whose continuation bytes never come, in a name cut by a line feed.
    byte[] input = "{\"scapVersion\": \"1.0\",\n  \"ab#: [\n{}]}"
        .getBytes(StandardCharsets.US_ASCII);
    input[28] = (byte) 0xF0;
    String line = new String(input, StandardCharsets.UTF_8).split("\n")[1];

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> readBytes(READER, input));

    assertThat(error).isNotNull();
    assertThat(error.problem()).extracting(Problem::line, Problem::column)
        .containsExactly(2, line.length() + 1);
    assertThat(error.getMessage()).contains("CTRL-CHAR, code 10");
  }

  @Test
  void placesInvalidUtf8CutShortByALineFeedOnItsFirstByte() {
    byte[] input = "{\"scapVersion\": \"1.0\",\n  \"metadata\": {\"title\": \"P#\n\"}}"
        .getBytes(StandardCharsets.US_ASCII);
    input[input.length - 5] = (byte) 0xE2;

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> readBytes(READER, input));

    assertThat(error).isNotNull();
    assertThat(error).hasMessage("2:27: error syntax-error /metadata/title: "
        + "Invalid UTF-8 middle byte 0xa");
  }

  @Test
  void placesAnInputThatEndsInsideACharacterOnThatCharacter(@TempDir Path folder)
      throws IOException {
    byte[] lone = {(byte) 0xF0};
    byte[] inString = {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82};
    Path file = folder.resolve("cut.json");
    Files.write(file, inString);

    for (ScapFormatException error : List.of(
        catchThrowableOfType(ScapFormatException.class, () -> readBytes(READER, lone)),
        catchThrowableOfType(ScapFormatException.class, () -> readBytes(READER, inString)),
        catchThrowableOfType(ScapFormatException.class, () -> READER.read(file)))) {
      assertThat(error).isNotNull();
      assertThat(error.problem().message())
          .isEqualTo("Invalid UTF-8: the input ends inside a multi-byte character");
    }
    assertThat(catchThrowableOfType(ScapFormatException.class, () -> readBytes(READER, lone)))
        .hasMessage("1:1: error syntax-error /: Invalid UTF-8: the input ends inside a "
            + "multi-byte character");
    assertThat(catchThrowableOfType(ScapFormatException.class, () -> READER.read(file)))
        .hasMessage("1:7: error syntax-error /a: Invalid UTF-8: the input ends inside a "
            + "multi-byte character");
  }

  @Property(tries = 300)
  void readsMutatedBytesIntoAResultOrAFormatExceptionAndNothingElse(
      @ForAll("validDocuments") byte[] valid, @ForAll("edits") List<Damage.ByteEdit> edits) {
    byte[] input = Damage.apply(valid, edits);
    String text = new String(input, StandardCharsets.UTF_8);
    for (Source source : List.of(Source.BYTES, Source.TEXT)) {
      try {
        ReadResult result = source == Source.BYTES
            ? READER.read(new ByteArrayInputStream(input)) : READER.read(text);
        assertThat(result.report().problems()).allSatisfy(ScapReaderTest::assertPlaced);
      } catch (ScapFormatException e) {
        assertThat(e.problem().rule()).isIn("syntax-error", "limit-exceeded", "not-a-document",
            "unsupported-version");
      } catch (Throwable t) {
        fail("reading " + source + " threw " + t + " on the input\n" + TestFiles.show(input), t);
      }
    }
  }

  @Property(tries = 300)
  void streamsMutatedBytesIntoPlansOrAFormatExceptionAndNothingElse(
      @ForAll("validDocuments") byte[] valid, @ForAll("edits") List<Damage.ByteEdit> edits) {
    byte[] input = Damage.apply(valid, edits);
    List<Problem> problems = new ArrayList<>();
    try (PlanStream plans = READER.stream(new ByteArrayInputStream(input), problems::add)) {
      plans.forEachRemaining(Objects::requireNonNull);
      assertThat(problems).allSatisfy(ScapReaderTest::assertPlaced);
    } catch (ScapFormatException e) {
      assertThat(e.problem().rule()).isIn("syntax-error", "limit-exceeded", "not-a-document",
          "unsupported-version");
    } catch (Throwable t) {
      fail("streaming threw " + t + " on the input\n" + TestFiles.show(input), t);
    }
  }

  @Property(tries = 300)
  void readsDocumentsWithValuesReplacedByAnyJsonIntoAResultWithPlacedProblems(
      @ForAll("validDocuments") byte[] valid,
      @ForAll("replacements") List<Damage.Replacement> changes) {
    String text = Damage.apply(new String(valid, StandardCharsets.UTF_8), changes);
    try {
      ReadResult result = READER.read(text);
      assertThat(result.report().problems()).allSatisfy(ScapReaderTest::assertPlaced);
    } catch (ScapFormatException e) {
      assertThat(e.problem().rule()).isIn("limit-exceeded", "not-a-document");
      assertPlaced(e.problem());
    } catch (Throwable t) {
      fail("reading threw " + t + " on the input\n" + text, t);
    }
  }

  @Property(tries = 100)
  void reportsWhatTheValidatorFindsInABrokenDocumentEachAtALineAndColumn(
      @ForAll("brokenDocuments") Mutated broken) {
    byte[] written = TestFiles.canonical(broken.document());
    List<Problem> expected = ScapValidator.instance().validate(broken.document()).problems();
    try {
      ReadResult result = READER.read(new ByteArrayInputStream(written));

      assertThat(result.report().problems()).allSatisfy(ScapReaderTest::assertPlaced);
      assertThat(result.report().problems()).extracting(ScapReaderTest::withoutPlace)
          .containsExactlyInAnyOrderElementsOf(
              expected.stream().map(ScapReaderTest::withoutPlace).toList());
    } catch (ScapFormatException e) {
      assertThat(expected).extracting(Problem::rule).contains("unsupported-version");
      assertThat(e.problem().rule()).isEqualTo("unsupported-version");
      assertPlaced(e.problem());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Provide
  Arbitrary<byte[]> validDocuments() {
    Arbitrary<byte[]> synthetic = Combinators.combine(
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(0, 2), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            TestFiles.canonical(SyntheticDocuments.of(cities, themes, projects, seed)
                .generate()));
    return Arbitraries.oneOf(
        Arbitraries.just(TestFiles.bytes("/golden/example.json")),
        Arbitraries.just(TestFiles.bytes("/bad/valid.json")),
        ScapArbitraries.documents().map(TestFiles::canonical),
        synthetic);
  }

  @Provide
  Arbitrary<List<Damage.ByteEdit>> edits() {
    return Damage.byteEdits();
  }

  @Provide
  Arbitrary<List<Damage.Replacement>> replacements() {
    return Damage.replacements();
  }

  @Provide
  Arbitrary<Mutated> brokenDocuments() {
    return Mutation.anyAppliedTo(ScapArbitraries.documents(DocumentSizes.rich()));
  }

  /** The ways of reading a resource. */
  enum Source {
    BYTES {
      @Override
      ReadResult read(ScapReader reader, String resource) throws IOException {
        return reader.read(new ByteArrayInputStream(TestFiles.bytes(resource)));
      }
    },
    TEXT {
      @Override
      ReadResult read(ScapReader reader, String resource) {
        return reader.read(TestFiles.text(resource));
      }
    },
    CHARACTERS {
      @Override
      ReadResult read(ScapReader reader, String resource) throws IOException {
        return reader.read(new StringReader(TestFiles.text(resource)));
      }
    },
    FILE {
      @Override
      ReadResult read(ScapReader reader, String resource) throws IOException {
        return reader.read(resourcePath(resource));
      }
    },
    /** A stream that tells nothing of its length and gives a few bytes at a time, as a pipe. */
    TRICKLE {
      @Override
      ReadResult read(ScapReader reader, String resource) throws IOException {
        return reader.read(new Trickle(TestFiles.bytes(resource), 7, 0));
      }
    };

    abstract ReadResult read(ScapReader reader, String resource) throws IOException;
  }

  private static List<ReadResult> readEveryWay(String resource) throws IOException {
    List<ReadResult> results = new ArrayList<>();
    for (Source source : Source.values()) {
      results.add(source.read(READER, resource));
    }
    return results;
  }

  static Path resourcePath(String resource) {
    try {
      return Path.of(Objects.requireNonNull(ScapReaderTest.class.getResource(resource),
          resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblems(List<Problem> actual, List<Expected> expected) {
    assertThat(actual).as("problems").hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Problem problem = actual.get(i);
      Expected wanted = expected.get(i);
      assertThat(problem.isError()).as("%s is an error", problem).isTrue();
      assertThat(new Expected(problem.rule(), problem.pointer(), problem.line(),
          problem.column(), wanted.fragments())).as(problem.toString()).isEqualTo(wanted);
      assertThat(problem.message()).contains(wanted.fragments());
    }
  }

  private static void assertPlaced(Problem problem) {
    assertThat(problem.line()).as("line of %s", problem).isPositive();
    assertThat(problem.column()).as("column of %s", problem).isPositive();
  }

  private static String withoutPlace(Problem problem) {
    return problem.severity().label() + " " + problem.rule() + " " + problem.pointer();
  }

  private static ReadResult readBytes(ScapReader reader, byte[] bytes) {
    try {
      return reader.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A document whose title is a string of {@code length} letters, starting at column 22. */
  private static byte[] documentWithTitleOf(int length) {
    byte[] head = "{\"metadata\":{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] input = new byte[head.length + length + 3];
    System.arraycopy(head, 0, input, 0, head.length);
    Arrays.fill(input, head.length, head.length + length, (byte) 'a');
    input[input.length - 3] = '"';
    input[input.length - 2] = '}';
    input[input.length - 1] = '}';
    return input;
  }

  private static byte[] hexBytes(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
