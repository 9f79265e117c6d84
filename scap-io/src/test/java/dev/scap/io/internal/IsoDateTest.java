package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's quick way through common dates reads exactly what the formatter reads. */
class IsoDateTest {

  @Property(tries = 3000)
  void readsADateExactlyAsTheFormatterDoes(@ForAll("dateLike") String text) {
    LocalDate quick = DocumentParser.isoDate(text);

    if (quick != null) {
      assertThat(quick).isEqualTo(LocalDate.parse(text, DocumentParser.DATE));
    } else {
      assertThat(formatter(text)).as(text).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-11-05", "2020-02-29", "0000-01-01", "9999-12-31", "2021-04-30"})
  void readsCalendarDates(String text) {
    assertThat(DocumentParser.isoDate(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00",
      "21-01-01", "2021-1-01", "2021/01/01", "+2021-01-01", "２０２１-01-01", "2021-01-01 ", ""})
  void leavesAnythingElseToTheFormatter(String text) {
    assertThat(DocumentParser.isoDate(text)).isNull();
    assertThat(formatter(text)).isNull();
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.chars().range('0', '9')),
        Tuple.of(1, Arbitraries.of('-', '/', ' ', '+', 'x', '\u0663', '\uff10')));
    Arbitrary<String> shaped = Arbitraries.integers().between(0, 9999).flatMap(year ->
        Arbitraries.integers().between(0, 13).flatMap(month ->
            Arbitraries.integers().between(0, 32).map(day ->
                String.format("%04d-%02d-%02d", year, month, day))));
    Arbitrary<String> noisy = chars.list().ofMinSize(8).ofMaxSize(12)
        .map(list -> list.stream().map(String::valueOf).reduce("", String::concat));
    return Arbitraries.oneOf(shaped, shaped, noisy);
  }

  private static LocalDate formatter(String text) {
    try {
      return LocalDate.parse(text, DocumentParser.DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
