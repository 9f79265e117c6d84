package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scap.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadLimitsTest {

  /** A valid document whose extension {@code x} holds the value of {@link #withValue}. */
  private static final String TEMPLATE = "{\"scapVersion\": \"1.0\", \"taxonomies\": [{\"id\": "
      + "\"t\", \"name\": \"T\", \"themes\": [{\"id\": \"a\", \"label\": \"A\"}]}], "
      + "\"cities\": [], \"extensions\": {\"x\": %s}}";

  @TempDir
  Path folder;

  private static String withValue(String value) {
    return String.format(TEMPLATE, value);
  }

  @Test
  void hasDefaultsFarAboveAnyRealPlanCollection() {
    assertThat(ReadLimits.DEFAULTS).isEqualTo(
        new ReadLimits(512L << 20, 200, 16 << 20, 200, 10_000_000, 50_000, 10_000));
    assertThat(new ReadLimits(512L << 20, 200, 16 << 20, 200, 10_000_000))
        .as("without a name limit: the default").isEqualTo(ReadLimits.DEFAULTS);
    assertThat(new ReadLimits(512L << 20, 200, 16 << 20, 200, 10_000_000, 50_000))
        .as("without a problem limit: the default").isEqualTo(ReadLimits.DEFAULTS);
  }

  @Test
  void changesOneLimitAtATime() {
    ReadLimits d = ReadLimits.DEFAULTS;

    assertThat(d.withMaxDocumentBytes(7)).isEqualTo(
        new ReadLimits(7, d.maxDepth(), d.maxStringLength(), d.maxNumberLength(), d.maxItems()));
    assertThat(d.withMaxDepth(7)).isEqualTo(new ReadLimits(d.maxDocumentBytes(), 7,
        d.maxStringLength(), d.maxNumberLength(), d.maxItems()));
    assertThat(d.withMaxStringLength(7)).isEqualTo(new ReadLimits(d.maxDocumentBytes(),
        d.maxDepth(), 7, d.maxNumberLength(), d.maxItems()));
    assertThat(d.withMaxNumberLength(7)).isEqualTo(new ReadLimits(d.maxDocumentBytes(),
        d.maxDepth(), d.maxStringLength(), 7, d.maxItems()));
    assertThat(d.withMaxItems(7)).isEqualTo(new ReadLimits(d.maxDocumentBytes(), d.maxDepth(),
        d.maxStringLength(), d.maxNumberLength(), 7));
    assertThat(d.withMaxNameLength(7)).isEqualTo(new ReadLimits(d.maxDocumentBytes(),
        d.maxDepth(), d.maxStringLength(), d.maxNumberLength(), d.maxItems(), 7));
    assertThat(d.withMaxProblems(7)).isEqualTo(new ReadLimits(d.maxDocumentBytes(),
        d.maxDepth(), d.maxStringLength(), d.maxNumberLength(), d.maxItems(),
        d.maxNameLength(), 7));
    assertThat(d.withMaxProblems(7).withMaxDepth(9).maxProblems()).isEqualTo(7);
  }

  @Test
  void allowsHoldingNoProblemButRejectsANegativeLimitOnProblems() {
    assertThat(ReadLimits.DEFAULTS.withMaxProblems(0).maxProblems()).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.DEFAULTS.withMaxProblems(-1))
        .withMessageContaining("at least 0");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsALimitBelowOne(int value) {
    ReadLimits d = ReadLimits.DEFAULTS;

    for (UnaryOperator<ReadLimits> change : List.<UnaryOperator<ReadLimits>>of(
        l -> l.withMaxDocumentBytes(value), l -> l.withMaxDepth(value),
        l -> l.withMaxStringLength(value), l -> l.withMaxNumberLength(value),
        l -> l.withMaxItems(value), l -> l.withMaxNameLength(value))) {
      assertThatIllegalArgumentException().isThrownBy(() -> change.apply(d))
          .withMessageContaining("at least 1");
    }
  }

  @Test
  void readsADocumentOfExactlyMaxDocumentBytesAndRefusesOneByteMore() throws IOException {
    String json = withValue("\"Phnum P\u00e9nh\"");
    int bytes = json.getBytes(StandardCharsets.UTF_8).length;
    ReadLimits exact = ReadLimits.DEFAULTS.withMaxDocumentBytes(bytes);
    ReadLimits under = ReadLimits.DEFAULTS.withMaxDocumentBytes(bytes - 1);
    Path file = Files.writeString(folder.resolve("doc.json"), json);

    assertThat(readBytes(exact, json).isValid()).isTrue();
    assertThat(ScapReader.withLimits(exact).read(file).isValid()).isTrue();
    assertLimitExceeded(() -> readBytes(under, json), "");
    assertLimitExceeded(() -> ScapReader.withLimits(under).read(file), "");
    assertLimitExceeded(() -> streamAll(under, file), "");
    assertThat(streamAll(exact, file)).isEmpty();
  }

  @Test
  void countsTheCharactersOfTextAgainstMaxDocumentBytes() throws IOException {
    String json = withValue("\"Phnum P\u00e9nh\"");
    ReadLimits exact = ReadLimits.DEFAULTS.withMaxDocumentBytes(json.length());
    ReadLimits under = ReadLimits.DEFAULTS.withMaxDocumentBytes(json.length() - 1);

    assertThat(ScapReader.withLimits(exact).read(json).isValid()).isTrue();
    assertThat(ScapReader.withLimits(exact).read(new StringReader(json)).isValid()).isTrue();
    assertLimitExceeded(() -> ScapReader.withLimits(under).read(json), "");
    assertLimitExceeded(() -> ScapReader.withLimits(under).read(new StringReader(json)), "");
  }

  @Test
  void refusesAHugeStreamWithoutReadingItToItsEnd() {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxDocumentBytes(1 << 20);
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };

    assertLimitExceeded(() -> ScapReader.withLimits(limits).read(endless), "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'{\"%s\": 1}', /extensions/x",
      "'{\"a\": 1, \"%s\": 1}', /extensions/x",
      "'[{\"a\": {}, \"%s\": 1}]', /extensions/x/0"})
  void refusesAPropertyName100000LongAtTheObjectHoldingIt(String value, String pointer)
      throws IOException {
    String json = withValue(String.format(value, "n".repeat(100_000)));

    assertLimitExceeded(() -> readBytes(ReadLimits.DEFAULTS, json), pointer);
    assertLimitExceeded(() -> ScapReader.create().read(json), pointer);
    assertLimitExceeded(() -> streamAll(ReadLimits.DEFAULTS, file(json)), pointer);
    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> readBytes(ReadLimits.DEFAULTS, json));
    assertThat(error.getMessage()).contains(
        "a property name is longer than the limit of 50000 characters (at least ");
    assertThat(error.line()).isEqualTo(1);
  }

  @Test
  void readsANameOfExactlyMaxNameLengthAndRefusesOneCharacterMore() throws IOException {
    // Names are ASCII: Jackson counts the length of a name read from bytes in bytes. The
    // longest name of the document around them, scapVersion, has 11 characters.
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxNameLength(11);
    String longest = withValue("{\"" + "n".repeat(11) + "\": 1}");
    String longer = withValue("{\"" + "n".repeat(12) + "\": 1}");

    assertThat(readBytes(limits, longest).isValid()).isTrue();
    assertThat(ScapReader.withLimits(limits).read(longest).isValid()).isTrue();
    assertLimitExceeded(() -> readBytes(limits, longer), "/extensions/x");
    assertLimitExceeded(() -> ScapReader.withLimits(limits).read(longer), "/extensions/x");
    assertLimitExceeded(() -> streamAll(limits, file(longer)), "/extensions/x");
    assertLimitExceeded(() -> readBytes(limits, "{\"" + "n".repeat(12) + "\": 1}"), "");
  }

  @ParameterizedTest(name = "maxDepth {0}")
  @ValueSource(ints = {5, 10, 200})
  void readsNestingOfExactlyMaxDepthAndRefusesOneLevelMore(int depth) throws IOException {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxDepth(depth);
    // The document and its extensions are two levels, the arrays the rest; its themes are 5.
    int arrays = depth - 2;

    String deepest = withValue("[".repeat(arrays) + "]".repeat(arrays));
    String deeper = withValue("[".repeat(arrays + 1) + "]".repeat(arrays + 1));

    assertThat(readBytes(limits, deepest).isValid()).isTrue();
    assertThat(streamAll(limits, file(deepest))).isEmpty();
    String pointer = "/extensions/x" + "/0".repeat(arrays);
    assertLimitExceeded(() -> readBytes(limits, deeper), pointer);
    assertLimitExceeded(() -> streamAll(limits, file(deeper)), pointer);
  }

  @Test
  void refusesNestingPastMaxDepthInsidePlansWhenStreaming() throws IOException {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxDepth(5);
    String json = "{\"scapVersion\": \"1.0\", \"cities\": [], \"plans\": [{\"extensions\": "
        + "{\"x\": [[1]]}}]}";

    assertLimitExceeded(() -> streamAll(limits, file(json)), "/plans/0/extensions/x/0");
    assertLimitExceeded(() -> readBytes(limits, json), "/plans/0/extensions/x/0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "a string value, '\"%s\"', \u00e9, /extensions/x",
      "a string in a list, '{\"a\": [\"%s\"]}', \u00e9, /extensions/x/a/0"})
  void readsAStringOfExactlyMaxStringLengthAndRefusesOneCharacterMore(String where,
      String shape, String letter, String pointer) throws IOException {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxStringLength(40);

    String longest = withValue(String.format(shape, letter.repeat(40)));
    String longer = withValue(String.format(shape, letter.repeat(41)));

    assertThat(readBytes(limits, longest).isValid()).isTrue();
    assertThat(ScapReader.withLimits(limits).read(longest).isValid()).isTrue();
    assertLimitExceeded(() -> readBytes(limits, longer), pointer);
    assertLimitExceeded(() -> ScapReader.withLimits(limits).read(longer), pointer);
    assertLimitExceeded(() -> streamAll(limits, file(longer)), pointer);
  }

  @Test
  void refusesAnIdLongerThanMaxStringLength() throws IOException {
    // 14 characters: "wego-ascn-2019"; no property name is longer than 13 ("organizations").
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxStringLength(13);
    String json = TestFiles.text("/bad/valid.json");

    assertLimitExceeded(() -> readBytes(limits, json), "/taxonomies/0/id");
    assertThat(readBytes(ReadLimits.DEFAULTS.withMaxStringLength(40), json).isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0} and {1} with limit {2}")
  @CsvSource({
      "123456, 1234567, 6",
      "-123456, -1234567, 6",
      "1.23456, 1.234567, 6",
      "0.00001, 0.000001, 6",
      "1e5, 1e6, 6",
      "12E+4, 12E+5, 6",
      "1.5e-4, 1.5e-5, 6",
      "1, 12, 1"})
  void readsANumberOfExactlyMaxNumberLengthDigitsAndRefusesOneDigitMore(String longest,
      String longer, int limit) throws IOException {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxNumberLength(limit);

    assertThat(readBytes(limits, withValue(longest)).isValid()).isTrue();
    assertThat(ScapReader.withLimits(limits).read(withValue(longest)).isValid()).isTrue();
    assertLimitExceeded(() -> readBytes(limits, withValue(longer)), "/extensions/x");
    assertLimitExceeded(() -> ScapReader.withLimits(limits).read(withValue(longer)),
        "/extensions/x");
    assertLimitExceeded(() -> streamAll(limits, file(withValue(longer))), "/extensions/x");
  }

  @Test
  void refusesAnAmountLongerThanMaxNumberLength() throws IOException {
    String json = TestFiles.text("/bad/valid.json");

    assertLimitExceeded(() -> readBytes(ReadLimits.DEFAULTS.withMaxNumberLength(7), json),
        "/plans/0/projects/0/cost/amount");
    assertThat(readBytes(ReadLimits.DEFAULTS.withMaxNumberLength(8), json).isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "an extension list; [%s]; /extensions/x/3",
      "an extension object; {%s}; /extensions/x/k3",
      "a list in an object; {\"a\": [%s]}; /extensions/x/a/3"})
  void readsExactlyMaxItemsEntriesAndRefusesOneMore(String where, String shape, String pointer)
      throws IOException {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxItems(3);
    boolean object = shape.startsWith("{%s");

    String most = withValue(String.format(shape, items(3, object)));
    String more = withValue(String.format(shape, items(4, object)));

    assertThat(readBytes(limits, most).isValid()).isTrue();
    assertLimitExceeded(() -> readBytes(limits, more), pointer);
    assertLimitExceeded(() -> streamAll(limits, file(more)), pointer);
  }

  @Test
  void refusesMoreCitiesOrPlansThanMaxItems() throws IOException {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxItems(1);
    String json = TestFiles.text("/golden/example.json");

    // The first taxonomy, with its four themes, comes before the second.
    assertLimitExceeded(() -> readBytes(limits, json), "/taxonomies/0/themes/1");
    String oneOfEach = "{\"scapVersion\": \"1.0\", \"cities\": [], \"plans\": [{}, {}]}";
    assertLimitExceeded(() -> readBytes(limits, oneOfEach), "/plans/1");
    assertLimitExceeded(() -> streamAll(limits, file(oneOfEach)), "/plans/1");
  }

  private static String items(int count, boolean object) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ", ").append(object ? "\"k" + i + "\": " + i : i);
    }
    return text.toString();
  }

  private Path file(String json) throws IOException {
    return Files.writeString(Files.createTempFile(folder, "doc", ".json"), json);
  }

  private static ReadResult readBytes(ReadLimits limits, String json) throws IOException {
    return ScapReader.withLimits(limits)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** Streams every plan of a file, and returns the problems found. */
  private static List<Problem> streamAll(ReadLimits limits, Path file) throws IOException {
    List<Problem> problems = new ArrayList<>();
    try (PlanStream plans = ScapReader.withLimits(limits).stream(file, problems::add)) {
      plans.forEachRemaining(plan -> { });
    }
    return problems;
  }

  @FunctionalInterface
  private interface Reading {
    Object read() throws IOException;
  }

  private static void assertLimitExceeded(Reading reading, String pointer) {
    ScapFormatException error = catchThrowableOfType(ScapFormatException.class, reading::read);

    assertThat(error).as("a limit-exceeded at %s", pointer).isNotNull();
    assertThat(error.problem().rule()).isEqualTo("limit-exceeded");
    assertThat(error.pointer()).isEqualTo(pointer);
    assertThat(error.getMessage()).containsPattern("limit|maximum");
  }
}
