package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CityTest {

  private static final City CEBU = City.of(CityId.of("cebu-city"), "Cebu City", "PH");

  @Test
  void holdsOnlyItsRequiredComponentsWhenMadeFromThem() {
    assertThat(CEBU.population()).isNull();
    assertThat(CEBU.location()).isNull();
    assertThat(CEBU.networks()).isEmpty();
    assertThat(CEBU.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void changesOneComponentInEachCopy() {
    City changed = CEBU.withPopulation(923000L).withLocation(Location.of(10.3157, 123.8854))
        .withNetworks(List.of("ascn")).withExtensions(Extensions.of(Map.of("x", "y")));

    assertThat(changed).isEqualTo(new City(CityId.of("cebu-city"), "Cebu City", "PH", 923000L,
        Location.of(10.3157, 123.8854), List.of("ascn"), Extensions.of(Map.of("x", "y"))));
    assertThat(CEBU.population()).isNull();
  }

  @Test
  void equalsACityWithTheSameComponents() {
    assertThat(City.of(CityId.of("cebu-city"), "Cebu City", "PH")).isEqualTo(CEBU)
        .hasSameHashCodeAs(CEBU);
    assertThat(CEBU.withPopulation(1L)).isNotEqualTo(CEBU);
  }

  @Test
  void takesNullNetworksAndExtensionsForNone() {
    City city = new City(CityId.of("c"), "C", "VN", null, null, null, null);

    assertThat(city.networks()).isEmpty();
    assertThat(city.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void rejectsANullNetworkNamingTheList() {
    assertThatNullPointerException()
        .isThrownBy(() -> CEBU.withNetworks(Arrays.asList("ascn", null)))
        .withMessage("networks holds a null element");
  }

  @Test
  void keepsItsNetworksWhenTheGivenListChanges() {
    List<String> networks = new ArrayList<>(List.of("ascn"));
    City city = CEBU.withNetworks(networks);

    networks.add("wego");

    assertThat(city.networks()).containsExactly("ascn");
    assertThatThrownBy(() -> city.networks().add("wego"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
