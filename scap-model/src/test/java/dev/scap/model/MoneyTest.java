package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void holdsTheAmountExactlyAsWritten() {
    assertThat(Money.of("1000000.50", "USD").amount().toPlainString()).isEqualTo("1000000.50");
    assertThat(Money.of("0.1", "USD").amount()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void tellsAmountsOfDifferentScaleApart() {
    assertThat(Money.of("1.0", "USD")).isNotEqualTo(Money.of("1.00", "USD"));
    assertThat(Money.of("1.0", "USD")).isEqualTo(Money.of(new BigDecimal("1.0"), "USD"))
        .hasSameHashCodeAs(Money.of(new BigDecimal("1.0"), "USD"));
    assertThat(Money.of("1.0", "USD")).isNotEqualTo(Money.of("1.0", "EUR"));
  }

  @Test
  void rejectsAnAmountThatIsNotADecimalNumber() {
    assertThatThrownBy(() -> Money.of("12 million", "USD"))
        .isInstanceOf(NumberFormatException.class);
  }
}
