package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PropertyOrderTest {

  static Stream<Arguments> inOrder() {
    return Stream.of(
        Arguments.of("", "/scapVersion"),
        Arguments.of("/plans/2", "/plans/10"),
        Arguments.of("/plans/9/projects/0", "/plans/10/id"),
        Arguments.of("/plans/99", "/plans/100"),
        Arguments.of("/plans/0", "/plans/0/id"),
        Arguments.of("/scapVersion", "/metadata"),
        Arguments.of("/metadata/notes", "/taxonomies"),
        Arguments.of("/taxonomies/3/themes/0/broader", "/cities"),
        Arguments.of("/cities/0/population", "/cities/0/location/lat"),
        Arguments.of("/cities/0/location/lat", "/cities/0/location/lon"),
        Arguments.of("/cities/5/networks/1", "/organizations/0/id"),
        Arguments.of("/organizations/0/kind", "/organizations/0/country"),
        Arguments.of("/organizations/1/themes/0", "/plans/0/id"),
        Arguments.of("/plans/0/id", "/plans/0/city"),
        Arguments.of("/plans/0/city", "/plans/0/title"),
        Arguments.of("/plans/0/period/end", "/plans/0/vision"),
        Arguments.of("/plans/0/focusAreas/1/priority", "/plans/0/targets/0/description"),
        Arguments.of("/plans/0/targets/0/year", "/plans/0/projects/0/id"),
        Arguments.of("/plans/0/projects/0/themes/1", "/plans/0/projects/0/stage"),
        Arguments.of("/plans/0/projects/0/end", "/plans/0/projects/0/cost/currency"),
        Arguments.of("/plans/0/projects/0/cost/amount", "/plans/0/projects/0/cost/currency"),
        Arguments.of("/plans/0/projects/0/partners/0/role", "/plans/0/projects/0/indicators"),
        Arguments.of("/plans/0/projects/3", "/plans/0/partners/0/organization"),
        Arguments.of("/plans/0/partners/0/organization", "/plans/0/partners/0/role"),
        Arguments.of("/plans/0/partners", "/plans/0/extensions"),
        Arguments.of("/plans/0/extensions", "/plans/0/unknownProperty"),
        Arguments.of("/plans/7/extensions", "/events/0"),
        Arguments.of("/events/0", "/extensions"),
        Arguments.of("/events/0/end", "/events/0/venue/name"),
        Arguments.of("/events/0/venue/name", "/events/0/venue/city"),
        Arguments.of("/events/0/venue/city", "/events/0/venue/country"),
        Arguments.of("/events/0/organizations/1/role", "/events/0/cities/0"),
        Arguments.of("/events/0/cities/3", "/events/0/sessions/0/id"),
        Arguments.of("/events/0/sessions/0/title", "/events/0/sessions/0/date"),
        Arguments.of("/events/0/sessions/0/taxonomy", "/events/0/sessions/0/themes/0"),
        Arguments.of("/events/0/sessions/0/tables/0/number", "/events/0/sessions/0/tables/0/theme"),
        Arguments.of("/events/0/sessions/0/tables/0/guests/2",
            "/events/0/sessions/0/tables/0/partners/0/organization"),
        Arguments.of("/events/0/sessions/0/tables/0/partners/0/note",
            "/events/0/sessions/0/tables/0/slot"),
        Arguments.of("/events/0/sessions/0/tables/0/slot", "/events/0/sessions/0/tables/0/room"),
        Arguments.of("/events/0/sessions/3/extensions", "/events/0/note"),
        Arguments.of("/events/0/note", "/events/0/extensions"),
        Arguments.of("/events/0/extensions", "/events/1/id"));
  }

  @ParameterizedTest(name = "{0} before {1}")
  @MethodSource("inOrder")
  void ordersPointersInDocumentOrder(String first, String second) {
    assertThat(PropertyOrder.POINTERS.compare(first, second)).isNegative();
    assertThat(PropertyOrder.POINTERS.compare(second, first)).isPositive();
  }

  @Test
  void sortsAShuffledListBackIntoDocumentOrder() {
    List<String> ordered = List.of("", "/scapVersion", "/taxonomies/0/themes/2/id",
        "/taxonomies/0/themes/10/id", "/cities/1/country", "/plans/1/city",
        "/plans/1/projects/0/themes/0", "/plans/2/id", "/plans/10/id", "/plans/10/title");
    List<String> shuffled = new ArrayList<>(ordered);
    Collections.shuffle(shuffled, new Random(42));

    shuffled.sort(PropertyOrder.POINTERS);

    assertThat(shuffled).containsExactlyElementsOf(ordered);
  }

  @Test
  void ranksEachNameByItsPlaceAndUnknownNamesLast() {
    assertThat(PropertyOrder.rank("scapVersion")).isZero();
    assertThat(PropertyOrder.rank("plans")).isEqualTo(5);
    assertThat(PropertyOrder.rank("x-unknown")).isEqualTo(PropertyOrder.NAMES.size());
    assertThat(PropertyOrder.NAMES).doesNotHaveDuplicates().last().isEqualTo("extensions");
  }

  @Test
  void ordersAnEventsOwnPropertiesBeforeANameItDoesNotHave() {
    // "plans" is no property of an event: it goes after the event's own, whatever its place
    // among the format's names, so that the three order one way however they are compared.
    List<String> pointers = new ArrayList<>(List.of("/events/1/plans",
        "/events/1/organizations/0", "/events/1/id"));
    pointers.sort(PropertyOrder.POINTERS);

    assertThat(pointers).containsExactly("/events/1/id", "/events/1/organizations/0",
        "/events/1/plans");
    assertThat(PropertyOrder.POINTERS.compare("/events/1/organizations/0", "/events/1/plans"))
        .isNegative();
    assertThat(PropertyOrder.POINTERS.compare("/events/1/plans", "/events/1/id")).isPositive();
  }

  @Property
  void isAntisymmetric(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertThat(Integer.signum(PropertyOrder.POINTERS.compare(a, b)))
        .isEqualTo(-Integer.signum(PropertyOrder.POINTERS.compare(b, a)));
  }

  @Property
  void isTransitive(@ForAll("pointers") String a, @ForAll("pointers") String b,
      @ForAll("pointers") String c) {
    List<String> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(PropertyOrder.POINTERS);

    assertThat(PropertyOrder.POINTERS.compare(sorted.get(0), sorted.get(1))).isNotPositive();
    assertThat(PropertyOrder.POINTERS.compare(sorted.get(1), sorted.get(2))).isNotPositive();
    assertThat(PropertyOrder.POINTERS.compare(sorted.get(0), sorted.get(2))).isNotPositive();
  }

  @Property
  void isTransitiveAmongThePointersOfEvents(@ForAll("eventPointers") String a,
      @ForAll("eventPointers") String b, @ForAll("eventPointers") String c) {
    List<String> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(PropertyOrder.POINTERS);

    assertThat(PropertyOrder.POINTERS.compare(sorted.get(0), sorted.get(1))).isNotPositive();
    assertThat(PropertyOrder.POINTERS.compare(sorted.get(1), sorted.get(2))).isNotPositive();
    assertThat(PropertyOrder.POINTERS.compare(sorted.get(0), sorted.get(2))).isNotPositive();
    assertThat(Integer.signum(PropertyOrder.POINTERS.compare(a, b)))
        .isEqualTo(-Integer.signum(PropertyOrder.POINTERS.compare(b, a)));
  }

  /** Pointers into events, whose objects order some names otherwise than the others. */
  @Provide
  Arbitrary<String> eventPointers() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of(PropertyOrder.NAMES),
        Arbitraries.of("0", "1", "12", "x-note"));
    Arbitrary<String> within = Arbitraries.of("", "/0", "/1", "/0/sessions/0",
        "/0/sessions/1/tables/0", "/0/sessions/0/tables/2/partners/0", "/0/venue",
        "/1/organizations/0");
    return Combinators.combine(within, token.list().ofMaxSize(2))
        .as((at, tokens) -> "/events" + at + tokens.stream().map(t -> "/" + t)
            .reduce("", String::concat));
  }

  @Property
  void isConsistentWithEquals(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertThat(PropertyOrder.POINTERS.compare(a, b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void ordersIndexesByTheirNumber(@ForAll("indexes") int i, @ForAll("indexes") int j) {
    assertThat(Integer.signum(PropertyOrder.POINTERS.compare("/plans/" + i, "/plans/" + j)))
        .isEqualTo(Integer.signum(Integer.compare(i, j)));
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 100_000);
  }

  /** Pointers of up to five tokens, which are often equal, so that ties get tried. */
  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of(PropertyOrder.NAMES),
        Arbitraries.integers().between(0, 120).map(String::valueOf),
        Arbitraries.of("", "0", "00", "007", "x-note", "a~1b", "~0", "Plans", "zzz"),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(4));
    // three parameters would multiply the edge cases past the number of tries; random lists
    // are empty often enough to try the root pointer
    return token.list().ofMaxSize(5).map(tokens -> tokens.stream()
        .map(t -> "/" + t).reduce("", String::concat))
        .edgeCases(edgeCases -> edgeCases.none());
  }
}
