package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "phnom-penh", "wego-ascn-2019", "a-", "2018", "a--b"})
  void acceptsAnIdentifier(String text) {
    assertThat(Identifier.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "Phnom-Penh", "phnom penh", "phnom_penh", "é", "a.b",
      "a/b", "abc\n", " abc"})
  void rejectsWhatIsNotAnIdentifier(String text) {
    assertThat(Identifier.isValid(text)).isFalse();
  }

  @Test
  void allowsAtMost64Characters() {
    assertThat(Identifier.isValid("a".repeat(64))).isTrue();
    assertThat(Identifier.isValid("a".repeat(65))).isFalse();
  }

  @Test
  void rejectsNullAsAnIdentifier() {
    assertThat(Identifier.isValid(null)).isFalse();
  }

  @Property
  void acceptsEveryTextOfItsAlphabetUpTo64Characters(@ForAll("identifiers") String text) {
    assertThat(Identifier.isValid(text)).isTrue();
  }

  @Provide
  Arbitrary<String> identifiers() {
    Arbitrary<String> first = Arbitraries.strings().withCharRange('a', 'z')
        .withCharRange('0', '9').ofLength(1);
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z')
        .withCharRange('0', '9').withChars('-').ofMaxLength(63);
    return first.flatMap(f -> rest.map(r -> f + r));
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("CityId", (Function<String, Identifier>) CityId::of),
        Arguments.of("ThemeId", (Function<String, Identifier>) ThemeId::of),
        Arguments.of("TaxonomyId", (Function<String, Identifier>) TaxonomyId::of),
        Arguments.of("OrganizationId", (Function<String, Identifier>) OrganizationId::of),
        Arguments.of("PlanId", (Function<String, Identifier>) PlanId::of),
        Arguments.of("ProjectId", (Function<String, Identifier>) ProjectId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsNullText(String kind, Function<String, Identifier> of) {
    assertThatNullPointerException().isThrownBy(() -> of.apply(null)).withMessage("value");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void isAValueThatPrintsAsItsText(String kind, Function<String, Identifier> of) {
    Identifier id = of.apply("cebu-city");

    assertThat(id).isEqualTo(of.apply("cebu-city")).hasSameHashCodeAs(of.apply("cebu-city"))
        .isNotEqualTo(of.apply("davao-city")).hasToString("cebu-city");
    assertThat(id.value()).isEqualTo("cebu-city");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void holdsAnyTextSoThatMalformedIdsCanBeReported(String kind,
      Function<String, Identifier> of) {
    assertThat(of.apply("Not An Id").value()).isEqualTo("Not An Id");
  }

  @Test
  void tellsIdentifiersOfDifferentKindsApart() {
    List<Identifier> sameText = List.of(CityId.of("cebu"), ThemeId.of("cebu"),
        TaxonomyId.of("cebu"), OrganizationId.of("cebu"), PlanId.of("cebu"), ProjectId.of("cebu"));

    assertThat(sameText).doesNotHaveDuplicates();
  }

  @Test
  void ordersByText() {
    assertThat(Stream.of(ThemeId.of("waste"), ThemeId.of("buildings"), ThemeId.of("egov"))
        .sorted()).containsExactly(ThemeId.of("buildings"), ThemeId.of("egov"),
            ThemeId.of("waste"));
    assertThat(CityId.of("a").compareTo(CityId.of("a"))).isZero();
  }
}
