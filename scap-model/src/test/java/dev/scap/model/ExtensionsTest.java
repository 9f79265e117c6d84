package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtensionsTest {

  @Test
  void takesADeepCopy() {
    List<Object> list = new ArrayList<>(List.of("a"));
    Map<String, Object> inner = new LinkedHashMap<>(Map.of("k", "v"));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("list", list);
    outer.put("map", inner);
    Extensions extensions = Extensions.of(outer);

    list.add("b");
    inner.put("k2", "v2");
    outer.put("more", "x");

    assertThat(extensions.values()).containsOnlyKeys("list", "map");
    assertThat(extensions.get("list")).contains(List.of("a"));
    assertThat(extensions.get("map")).contains(Map.of("k", "v"));
  }

  @Test
  void keepsTheOrderOfKeysAtEveryLevel() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("zeta", 1);
    inner.put("alpha", 2);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("x-z", inner);
    outer.put("x-a", true);
    outer.put("x-m", "m");

    Extensions extensions = Extensions.of(outer);

    assertThat(extensions.values().keySet()).containsExactly("x-z", "x-a", "x-m");
    assertThat(extensions.get("x-z")).get().asInstanceOf(MAP).containsExactly(
        entry("zeta", BigDecimal.ONE), entry("alpha", BigDecimal.valueOf(2)));
  }

  static Stream<Object[]> numbers() {
    return Stream.of(
        new Object[] {1, new BigDecimal("1")},
        new Object[] {-7L, new BigDecimal("-7")},
        new Object[] {Long.MAX_VALUE, new BigDecimal("9223372036854775807")},
        new Object[] {(short) 3, new BigDecimal("3")},
        new Object[] {(byte) 4, new BigDecimal("4")},
        new Object[] {new BigInteger("123456789012345678901234567890"),
            new BigDecimal("123456789012345678901234567890")},
        new Object[] {2.5, new BigDecimal("2.5")},
        new Object[] {0.1, new BigDecimal("0.1")},
        new Object[] {0.5f, new BigDecimal("0.5")},
        new Object[] {new BigDecimal("1.50"), new BigDecimal("1.50")});
  }

  @ParameterizedTest(name = "{0} becomes {1}")
  @MethodSource("numbers")
  void holdsEveryNumberAsABigDecimal(Object given, BigDecimal held) {
    Extensions extensions = Extensions.of(Map.of("n", given, "list", List.of(given)));

    assertThat(extensions.get("n")).contains(held);
    assertThat(extensions.get("list")).contains(List.of(held));
  }

  static Stream<Object> notJson() {
    return Stream.of('c', Set.of("a"), new Object(), LocalDate.of(2020, 1, 1),
        new java.util.concurrent.atomic.AtomicInteger(1), new int[] {1},
        Map.of(1, "integer key"));
  }

  @ParameterizedTest
  @MethodSource("notJson")
  void rejectsWhatIsNotAJsonValueAtAnyDepth(Object value) {
    assertThatIllegalArgumentException().isThrownBy(() -> Extensions.of(Map.of("x", value)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Extensions.of(Map.of("x", List.of(Map.of("y", value)))));
  }

  @ParameterizedTest
  @MethodSource("nonFinite")
  void rejectsNonFiniteNumbers(Number value) {
    assertThatIllegalArgumentException().isThrownBy(() -> Extensions.of(Map.of("x", value)))
        .withMessageContaining("not finite");
  }

  static Stream<Number> nonFinite() {
    return Stream.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN,
        Float.POSITIVE_INFINITY);
  }

  @Test
  void keepsNullValuesInMapsAndLists() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nothing", null);
    values.put("list", Arrays.asList("a", null));

    Extensions extensions = Extensions.of(values);

    assertThat(extensions.values()).containsEntry("nothing", null).hasSize(2);
    assertThat(extensions.get("nothing")).isEmpty();
    assertThat(extensions.get("list")).get().asInstanceOf(LIST).containsExactly("a", null);
  }

  @Test
  void rejectsANullKey() {
    Map<String, Object> values = new HashMap<>();
    values.put(null, "x");

    assertThatNullPointerException().isThrownBy(() -> Extensions.of(values));
  }

  @Test
  void givesNoneForNullOrAnEmptyMap() {
    assertThat(Extensions.of(null)).isSameAs(Extensions.NONE);
    assertThat(Extensions.of(Map.of())).isSameAs(Extensions.NONE);
    assertThat(Extensions.NONE.isEmpty()).isTrue();
    assertThat(Extensions.of(Map.of("a", "b")).isEmpty()).isFalse();
  }

  @Test
  void cannotBeChangedAtAnyDepth() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("list", new ArrayList<>(List.of(1)));
    Extensions extensions = Extensions.of(Map.of("map", inner));
    Map<?, ?> map = (Map<?, ?>) extensions.values().get("map");
    List<?> list = (List<?>) map.get("list");

    assertThatThrownBy(() -> extensions.values().put("y", "z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesTheMapGivenToItsConstructorToo() {
    Map<String, Object> values = new LinkedHashMap<>(Map.of("a", 1));
    Extensions extensions = new Extensions(values);

    values.put("b", 2);

    assertThat(extensions.values()).containsOnlyKeys("a").containsEntry("a", BigDecimal.ONE);
  }

  @Property
  void equalsTheExtensionsOfADeepCopy(@ForAll("objects") Map<String, Object> values) {
    Extensions extensions = Extensions.of(values);
    Extensions ofCopy = Extensions.of(deepCopy(values));

    assertThat(ofCopy).isEqualTo(extensions).hasSameHashCodeAs(extensions);
  }

  @Property
  void isTheSameWhenMadeFromItsOwnValues(@ForAll("objects") Map<String, Object> values) {
    Extensions extensions = Extensions.of(values);

    assertThat(Extensions.of(extensions.values())).isEqualTo(extensions);
  }

  @Provide
  Arbitrary<Map<String, Object>> objects() {
    // the nested values' edge cases multiply past the number of tries; the tests above
    // cover the edges (no values, null values, empty nested lists and maps)
    return Arbitraries.maps(keys(), json()).ofMaxSize(4).edgeCases(edgeCases -> edgeCases.none());
  }

  private static Arbitrary<String> keys() {
    return Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(8);
  }

  private static Arbitrary<Object> json() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(6).map(ExtensionsTest::json),
        Arbitraries.integers().map(ExtensionsTest::json),
        Arbitraries.longs().map(ExtensionsTest::json),
        Arbitraries.doubles().between(-1e6, 1e6).map(ExtensionsTest::json),
        Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9"))
            .ofScale(3).map(ExtensionsTest::json),
        Arbitraries.of(true, false).map(ExtensionsTest::json)).injectNull(0.1);
    return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
        inner.list().ofMaxSize(3).map(ExtensionsTest::json),
        Arbitraries.maps(keys(), inner).ofMaxSize(3).map(ExtensionsTest::json)), 0, 3);
  }

  private static Object json(Object value) {
    return value;
  }

  /** Copies maps into new hash maps, in another iteration order, and lists into new lists. */
  private static Object deepCopyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return deepCopy(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(deepCopyValue(item)));
      return copy;
    }
    return value;
  }

  private static Map<String, Object> deepCopy(Map<?, ?> map) {
    Map<String, Object> copy = new HashMap<>();
    map.forEach((key, item) -> copy.put((String) key, deepCopyValue(item)));
    return copy;
  }
}
