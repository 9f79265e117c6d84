package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents with very many problems, which once took minutes: the timeouts only guard against
 * a hang, the work is expected to take seconds. A whole read holds only the first of them, up
 * to {@link ReadLimits#maxProblems()}.
 */
class ManyProblemsTest {

  /** Limits that hold every problem. */
  private static final ReadLimits UNCAPPED =
      ReadLimits.DEFAULTS.withMaxProblems(Integer.MAX_VALUE);

  private static List<Problem> fromBytes(String json) throws IOException {
    return report(UNCAPPED, json).problems();
  }

  private static ValidationReport report(ReadLimits limits, String json) throws IOException {
    return ScapReader.withLimits(limits).read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8))).report();
  }

  /** A minified document whose cities are all {@code entry}, numbered by {@code %d}. */
  private static String cities(int count, String entry) {
    StringBuilder json = new StringBuilder("{\"scapVersion\":\"1.0\",\"cities\":[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append(entry.replace("%d", Integer.toString(i)));
    }
    return json.append("]}").toString();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void reportsEveryNullOfAListOfTwoHundredThousand() throws IOException {
    String json = cities(200_000, "null");

    List<Problem> problems = fromBytes(json);

    // one more: the document has no taxonomies
    assertThat(problems).hasSize(200_001);
    assertThat(problems.get(1).pointer()).isEqualTo("/cities/0");
    assertThat(problems.get(1).rule()).isEqualTo("wrong-type");
    Problem last = problems.get(problems.size() - 1);
    assertThat(last.pointer()).isEqualTo("/cities/199999");
    assertThat(last.line()).isEqualTo(1);
    assertThat(json.substring(last.column() - 1)).isEqualTo("null]}");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void streamsTheProblemsOfTwoHundredThousandNullCities() throws IOException {
    String json = cities(200_000, "null");
    List<Problem> problems = new ArrayList<>();

    try (PlanStream plans = ScapReader.create().stream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), problems::add)) {
      assertThat(plans.hasNext()).isFalse();
    }

    assertThat(problems).hasSize(200_001);
    assertThat(problems.get(problems.size() - 1).pointer()).isEqualTo("/cities/199999");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void placesFortyThousandProblemsOnOneLineInCharacters() throws IOException {
    // non-ASCII text before every problem: each column is counted in characters, not bytes
    String json = cities(40_000, "{\"id\":\"c%d\",\"name\":\"Hà Nội\",\"country\":\"XX\"}");

    List<Problem> problems = fromBytes(json);

    assertThat(problems).hasSize(40_001);
    assertThat(problems.get(1).pointer()).isEqualTo("/cities/0/country");
    assertThat(problems.get(1).rule()).isEqualTo("invalid-country");
    Problem last = problems.get(problems.size() - 1);
    assertThat(last.pointer()).isEqualTo("/cities/39999/country");
    assertThat(last.line()).isEqualTo(1);
    assertThat(json.substring(last.column() - 1)).isEqualTo("\"XX\"}]}");
    assertThat(problems).isEqualTo(
        ScapReader.withLimits(UNCAPPED).read(json).report().problems());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void holdsTheFirstTenThousandProblemsOfTwoHundredThousandNullCitiesAndCountsTheRest()
      throws IOException {
    String json = cities(200_000, "null");
    List<Problem> all = fromBytes(json);
    int cap = ReadLimits.DEFAULTS.maxProblems();

    ValidationReport report = report(ReadLimits.DEFAULTS, json);

    assertThat(cap).isEqualTo(10_000);
    assertThat(report.problems()).hasSize(cap);
    assertThat(report.omitted()).isEqualTo(all.size() - cap).isEqualTo(200_001 - 10_000);
    assertThat(report.omittedErrors()).isEqualTo(
        all.stream().filter(Problem::isError).count()
            - report.problems().stream().filter(Problem::isError).count());
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isClean()).isFalse();
    assertThat(report.problems()).isEqualTo(all.subList(0, cap));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void holdsTheFirstOfTheModelsProblemsAsAnUnlimitedReadOrdersThem() throws IOException {
    // the constraints' problems, two per city, after a list of organizations with one each
    String json = cities(20_000, "{\"id\":\"c%d\",\"name\":\" \",\"country\":\"XX\"}")
        .replace("\"cities\":", "\"organizations\":[{\"id\":\"o\",\"name\":\"O\","
            + "\"kind\":\"nonsense\"}],\"cities\":");
    List<Problem> all = fromBytes(json);

    ValidationReport report = report(ReadLimits.DEFAULTS.withMaxProblems(1_000), json);

    assertThat(all).hasSizeGreaterThan(40_000);
    assertThat(report.problems()).isEqualTo(all.subList(0, 1_000));
    assertThat(report.omitted()).isEqualTo(all.size() - 1_000);
    assertThat(report.omittedErrors()).isEqualTo(all.subList(1_000, all.size()).stream()
        .filter(Problem::isError).count());
  }

  @Test
  void holdsNoProblemWithACapOfZeroYetTellsTheDocumentIsInvalid() throws IOException {
    String json = cities(1_000, "null");

    ValidationReport report = report(ReadLimits.DEFAULTS.withMaxProblems(0), json);

    assertThat(report.problems()).isEmpty();
    assertThat(report.omitted()).isEqualTo(1_001);
    assertThat(report.omittedErrors()).as("the nulls and the missing taxonomies")
        .isEqualTo(1_001);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isClean()).isFalse();
  }

  @Property(tries = 150)
  void holdsAPrefixOfTheProblemsOfAnUnlimitedReadAndCountsTheRest(
      @ForAll("documents") ScapDocument document,
      @ForAll("replacements") List<Damage.Replacement> changes,
      @ForAll @IntRange(max = 8) int cap) throws IOException {
    String json = Damage.apply(
        new String(TestFiles.canonical(document), StandardCharsets.UTF_8), changes);
    ValidationReport all;
    try {
      all = report(UNCAPPED, json);
    } catch (ScapFormatException e) {
      return;  // not read at all: no problems to cap
    }

    ValidationReport capped = report(ReadLimits.DEFAULTS.withMaxProblems(cap), json);

    assertThat(capped.problems()).hasSize(Math.min(cap, all.problems().size()));
    assertThat(capped.problems().size() + capped.omitted()).isEqualTo(all.problems().size());
    assertThat(capped.problems())
        .isEqualTo(all.problems().subList(0, capped.problems().size()));
    assertThat(capped.errors().size() + capped.omittedErrors())
        .isEqualTo(all.errors().size());
    assertThat(capped.hasErrors()).isEqualTo(all.hasErrors());
    assertThat(capped.isClean()).isEqualTo(all.isClean());
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(0, 3), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
  }

  @Provide
  Arbitrary<List<Damage.Replacement>> replacements() {
    return Damage.replacements();
  }
}
