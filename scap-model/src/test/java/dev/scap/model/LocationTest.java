package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void takesCoordinatesInTheirShortestDecimalForm() {
    Location location = Location.of(11.5564, 104.9282);

    assertThat(location.lat()).isEqualTo(new BigDecimal("11.5564"));
    assertThat(location.lon()).isEqualTo(new BigDecimal("104.9282"));
    assertThat(location).isEqualTo(new Location(new BigDecimal("11.5564"),
        new BigDecimal("104.9282"), null));
  }

  @Test
  void rejectsACoordinateThatIsNotFinite() {
    assertThatThrownBy(() -> Location.of(Double.NaN, 0))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Location.of(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(NumberFormatException.class);
  }
}
