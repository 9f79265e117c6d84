package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTest {

  @Test
  void namesTheThemeItRefines() {
    assertThat(Theme.narrower("sludge", "Sludge", "wastewater").broaderTheme())
        .contains(ThemeId.of("wastewater"));
    assertThat(Theme.of("water", "Water").broaderTheme()).isEmpty();
  }

  @Test
  void changesOnlyItsDescriptionInACopy() {
    Theme theme = Theme.narrower("sludge", "Sludge", "wastewater");

    Theme described = theme.withDescription("What is left of wastewater.");

    assertThat(described).isEqualTo(new Theme(ThemeId.of("sludge"), "Sludge",
        "What is left of wastewater.", ThemeId.of("wastewater"), Extensions.NONE));
    assertThat(theme.description()).isNull();
  }

  @Test
  void equalsAThemeWithTheSameComponents() {
    assertThat(Theme.of("a", "A")).isEqualTo(new Theme(ThemeId.of("a"), "A", null, null, null))
        .hasSameHashCodeAs(Theme.of("a", "A"))
        .isNotEqualTo(Theme.of("a", "B"));
  }
}
