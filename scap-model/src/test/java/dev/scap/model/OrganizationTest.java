package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  private static final Organization ADB = Organization.of(OrganizationId.of("adb"),
      "Asian Development Bank", OrganizationKind.MULTILATERAL_DEVELOPMENT_BANK);

  @Test
  void holdsOnlyItsRequiredComponentsWhenMadeFromThem() {
    assertThat(ADB.country()).isNull();
    assertThat(ADB.offers()).isEmpty();
    assertThat(ADB.themes()).isEmpty();
    assertThat(ADB.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void changesOneComponentInEachCopy() {
    Organization changed = ADB.withCountry("PH").withOffers(List.of(SupportType.FINANCING))
        .withThemes(List.of(ThemeId.of("waste-wastewater")));

    assertThat(changed).isEqualTo(new Organization(OrganizationId.of("adb"),
        "Asian Development Bank", OrganizationKind.MULTILATERAL_DEVELOPMENT_BANK, "PH",
        List.of(SupportType.FINANCING), List.of(ThemeId.of("waste-wastewater")), null));
    assertThat(ADB.country()).isNull();
  }

  @Test
  void rejectsANullElementNamingTheList() {
    assertThatNullPointerException()
        .isThrownBy(() -> ADB.withOffers(Arrays.asList(SupportType.FINANCING, null)))
        .withMessage("offers holds a null element");
    assertThatNullPointerException()
        .isThrownBy(() -> ADB.withThemes(Arrays.asList((ThemeId) null)))
        .withMessage("themes holds a null element");
  }

  @Test
  void keepsItsThemesWhenTheGivenListChanges() {
    List<ThemeId> themes = new ArrayList<>(List.of(ThemeId.of("buildings")));
    Organization organization = ADB.withThemes(themes);

    themes.clear();

    assertThat(organization.themes()).containsExactly(ThemeId.of("buildings"));
    assertThatThrownBy(() -> organization.offers().add(SupportType.FINANCING))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
