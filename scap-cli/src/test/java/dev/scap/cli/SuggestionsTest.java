package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

  private static final List<String> COMMANDS = List.copyOf(ScapCommand.commandLine(
      java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream())
      .getSubcommands().keySet());

  @Test
  void countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEditEach() {
    assertThat(Suggestions.distance("overlap", "overlap")).isZero();
    assertThat(Suggestions.distance("ovrlap", "overlap")).isEqualTo(1);
    assertThat(Suggestions.distance("overlapp", "overlap")).isEqualTo(1);
    assertThat(Suggestions.distance("overlop", "overlap")).isEqualTo(1);
    assertThat(Suggestions.distance("hanio", "hanoi")).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestFewNearestFirst() {
    List<String> cities = List.of("hanoi", "ho-chi-minh-city", "da-nang", "hanoy");

    assertThat(Suggestions.nearest("hanio", cities)).containsExactly("hanoi", "hanoy");
    assertThat(Suggestions.didYouMean("hanio", cities)).isEqualTo("; did you mean hanoi or hanoy?");
    assertThat(Suggestions.didYouMean("danang", cities)).isEqualTo("; did you mean da-nang?");
    assertThat(Suggestions.didYouMean("yangon", cities)).isEmpty();
  }

  @Test
  void suggestsANameThatBeginsWithWhatWasWritten() {
    assertThat(Suggestions.nearest("wego", List.of("ascf-2018", "wego-ascn-2019")))
        .containsExactly("wego-ascn-2019");
  }

  @Test
  void suggestsAtMostThreeNamesAndIgnoresCase() {
    assertThat(Suggestions.nearest("ab", List.of("aa", "ab1", "ac", "AB", "bb")))
        .containsExactly("AB", "aa", "ab1");
  }

  @Property(tries = 300)
  void aCommandOneEditAwaySuggestsThatCommand(@ForAll("misspelt") Misspelt misspelt) {
    CliRun run = CliRun.of(misspelt.written());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String first = run.err().lines().findFirst().orElseThrow();
    assertThat(first).startsWith("scap: no command '" + misspelt.written() + "'; did you mean ");
    assertThat(first.substring(first.indexOf("did you mean ") + 13, first.length() - 1)
        .split(", | or ")).contains(misspelt.meant());
  }

  record Misspelt(String meant, String written) {}

  @Provide
  Arbitrary<Misspelt> misspelt() {
    Arbitrary<String> command = Arbitraries.of(COMMANDS);
    Arbitrary<Character> letter = Arbitraries.chars().range('a', 'z');
    return Combinators.combine(command, Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 100), letter)
        .as((name, edit, at, c) -> new Misspelt(name, edit(name, edit, at % name.length(), c)))
        .filter(m -> !m.written().isEmpty() && !Set.copyOf(COMMANDS).contains(m.written()));
  }

  /** One edit of the name: a deletion, an insertion, a substitution or a swap at {@code at}. */
  private static String edit(String name, int edit, int at, char c) {
    return switch (edit) {
      case 0 -> name.substring(0, at) + name.substring(at + 1);
      case 1 -> name.substring(0, at) + c + name.substring(at);
      case 2 -> name.substring(0, at) + c + name.substring(at + 1);
      default -> at + 1 < name.length() ? name.substring(0, at) + name.charAt(at + 1)
          + name.charAt(at) + name.substring(at + 2) : name.substring(0, at) + c;
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "overlap, --metrik, --metric",
      "overlap, --matrx, --matrix",
      "groups, --treshold, --threshold",
      "groups, --linkge, --linkage",
      "roundtables, --min-seat, --min-seats",
      "roundtables, --per-cty, --per-city",
      "partners, --tpo, --top",
      "report, --taxonomi, --taxonomy",
      "validate, --max-problem, --max-problems"})
  void anOptionMisspeltSuggestsTheOptionMeant(String command, String written, String meant) {
    CliRun run = CliRun.of(command, written, "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("scap: unknown option '" + written + "'; did you mean ")
        .contains(meant)
        .endsWith("Try 'scap " + command + " --help' for more.\n");
  }

  @Test
  void anOptionWithItsValueAfterAnEqualsSignIsNamedWithoutIt() {
    CliRun run = CliRun.of("overlap", "--metrik=cosine");

    assertThat(run.err().lines().findFirst().orElseThrow())
        .isEqualTo("scap: unknown option '--metrik'; did you mean --metric or --matrix?");
  }

  @Test
  void suggestsTheCommandMeantForHelpToo() {
    CliRun run = CliRun.of("help", "ovrlap");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("scap: no command 'ovrlap'; did you mean overlap?\n"
        + "Try 'scap --help' for more.\n");
  }

  @Test
  void saysOnlyWhatDoesNotExistWhenNothingIsNear() {
    CliRun command = CliRun.of("zzzzzzzzzz");
    CliRun option = CliRun.of("overlap", "--zzzzzzzzzz");

    assertThat(command.err()).isEqualTo("scap: no command 'zzzzzzzzzz'\n"
        + "Try 'scap --help' for more.\n");
    assertThat(option.err()).isEqualTo("scap: unknown option '--zzzzzzzzzz'\n"
        + "Try 'scap overlap --help' for more.\n");
  }
}
