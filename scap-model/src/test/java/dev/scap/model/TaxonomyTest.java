package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  private static final Taxonomy WATER = Taxonomy.of("water", "Water", List.of(
      Theme.narrower("drinking", "Drinking water", "water"),
      Theme.of("water", "Water"),
      Theme.narrower("sludge", "Sludge", "wastewater"),
      Theme.of("air", "Air"),
      Theme.narrower("wastewater", "Wastewater", "water")));

  @Test
  void listsItsTopLevelThemesInOrder() {
    assertThat(WATER.topLevelThemes()).extracting(t -> t.id().value())
        .containsExactly("water", "air");
  }

  @Test
  void listsTheThemesThatDirectlyRefineATheme() {
    assertThat(WATER.narrowerThemes(ThemeId.of("water"))).extracting(t -> t.id().value())
        .containsExactly("drinking", "wastewater");
    assertThat(WATER.narrowerThemes(ThemeId.of("wastewater"))).extracting(t -> t.id().value())
        .containsExactly("sludge");
    assertThat(WATER.narrowerThemes(ThemeId.of("air"))).isEmpty();
    assertThat(WATER.narrowerThemes(ThemeId.of("unknown"))).isEmpty();
  }

  @Test
  void findsItsThemeById() {
    assertThat(WATER.theme(ThemeId.of("sludge"))).map(Theme::label).contains("Sludge");
    assertThat(WATER.theme(ThemeId.of("buildings"))).isEmpty();
  }

  @Test
  void rejectsANullThemeNamingTheList() {
    assertThatNullPointerException()
        .isThrownBy(() -> Taxonomy.of("t", "T", Arrays.asList(Theme.of("a", "A"), null)))
        .withMessage("themes holds a null element");
  }

  @Test
  void keepsItsThemesWhenTheGivenListChanges() {
    List<Theme> themes = new ArrayList<>(List.of(Theme.of("a", "A")));
    Taxonomy taxonomy = Taxonomy.of("t", "T", themes);

    themes.add(Theme.of("b", "B"));

    assertThat(taxonomy.themes()).containsExactly(Theme.of("a", "A"));
    assertThatThrownBy(() -> taxonomy.themes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> taxonomy.topLevelThemes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void fillsInWhatIsNotGiven() {
    Taxonomy taxonomy = new Taxonomy(TaxonomyId.of("t"), "T", null, null);

    assertThat(taxonomy.themes()).isEmpty();
    assertThat(taxonomy.extensions()).isSameAs(Extensions.NONE);
  }

  @Property
  void isTheSameTaxonomyMadeFromItsIdOrFromTheIdsText(@ForAll String id, @ForAll String name,
      @ForAll @Size(max = 3) List<String> themeIds) {
    List<Theme> themes = themeIds.stream().map(t -> Theme.of(ThemeId.of(t), t)).toList();

    assertThat(Taxonomy.of(id, name, themes)).isEqualTo(Taxonomy.of(TaxonomyId.of(id), name,
        themes)).isEqualTo(new Taxonomy(TaxonomyId.of(id), name, themes, Extensions.NONE));
  }

  @Test
  void rejectsANullIdTextAsTaxonomyIdDoes() {
    assertThatNullPointerException()
        .isThrownBy(() -> Taxonomy.of((String) null, "T", List.of(Theme.of("a", "A"))))
        .withMessage("value");
  }
}
