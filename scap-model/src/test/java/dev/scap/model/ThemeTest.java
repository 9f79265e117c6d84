package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

  @Property
  void isTheSameThemeMadeFromItsIdOrFromTheIdsText(@ForAll String id, @ForAll String label) {
    assertThat(Theme.of(id, label)).isEqualTo(Theme.of(ThemeId.of(id), label))
        .isEqualTo(new Theme(ThemeId.of(id), label, null, null, Extensions.NONE));
  }

  @Property
  void isTheSameNarrowerThemeMadeFromIdsOrFromTheirTexts(@ForAll String id,
      @ForAll String label, @ForAll String broader) {
    assertThat(Theme.narrower(id, label, broader))
        .isEqualTo(Theme.narrower(ThemeId.of(id), label, ThemeId.of(broader)))
        .isEqualTo(new Theme(ThemeId.of(id), label, null, ThemeId.of(broader), Extensions.NONE));
  }

  @Test
  void holdsAMalformedIdForTheValidatorToReport() {
    Theme theme = Theme.narrower("Sludge!", "Sludge", "Waste Water");

    assertThat(theme.id()).isEqualTo(ThemeId.of("Sludge!"));
    assertThat(theme.broaderTheme()).contains(ThemeId.of("Waste Water"));
  }

  @Test
  void rejectsANullIdTextAsThemeIdDoes() {
    assertThatNullPointerException().isThrownBy(() -> Theme.of((String) null, "A"))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> Theme.narrower(null, "A", "b"))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> Theme.narrower("a", "A", null))
        .withMessage("value");
  }
}
