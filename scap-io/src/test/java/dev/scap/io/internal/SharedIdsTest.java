package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.ThemeId;
import org.junit.jupiter.api.Test;

class SharedIdsTest {

  @Test
  void givesTheSameInstanceForTheSameText() {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);

    ThemeId first = ids.of("energy");

    assertThat(ids.of(new String("energy"))).isSameAs(first);
    assertThat(ids.of("mobility")).isEqualTo(ThemeId.of("mobility")).isNotSameAs(first);
  }

  @Test
  void makesEqualIdsWithoutHoldingThemPastItsLimit() {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);
    for (int i = 0; i < SharedIds.MOST; i++) {
      ids.of("t" + i);
    }

    ThemeId beyond = ids.of("beyond");

    assertThat(beyond).isEqualTo(ThemeId.of("beyond"));
    assertThat(ids.of("beyond")).isEqualTo(beyond).isNotSameAs(beyond);
    assertThat(ids.of("t0")).isSameAs(ids.of("t0"));
  }
}
