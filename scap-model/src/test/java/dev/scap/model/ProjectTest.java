package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private static final Project BRT = Examples.example().plans().get(0).projects().get(0);

  @Test
  void tellsWhetherItWorksOnATheme() {
    assertThat(BRT.isOn(ThemeId.of("traffic-safety"))).isTrue();
    assertThat(BRT.isOn(ThemeId.of("public-safety"))).isFalse();
  }

  @Test
  void comesBackUnchangedThroughItsBuilder() {
    assertThat(BRT.toBuilder().build()).isEqualTo(BRT).hasSameHashCodeAs(BRT);
  }

  @Test
  void differsWhenOneComponentDiffers() {
    assertThat(BRT.toBuilder().stage(Stage.COMPLETED).build()).isNotEqualTo(BRT);
    assertThat(BRT.toBuilder().indicators(List.of()).build()).isNotEqualTo(BRT);
  }

  @Test
  void fillsInListsThatAreNotGiven() {
    Project project = new Project(ProjectId.of("p"), "P", null, null, null, null, null, null,
        null, null, null, null);

    assertThat(project.themes()).isEmpty();
    assertThat(project.supportNeeded()).isEmpty();
    assertThat(project.partners()).isEmpty();
    assertThat(project.indicators()).isEmpty();
    assertThat(project.extensions()).isSameAs(Extensions.NONE);
  }

  @Test
  void rejectsANullElementNamingTheList() {
    assertThatNullPointerException().isThrownBy(() -> BRT.toBuilder()
            .themes(Arrays.asList(ThemeId.of("t"), null)).build())
        .withMessage("themes holds a null element");
    assertThatNullPointerException().isThrownBy(() -> BRT.toBuilder()
            .supportNeeded(Arrays.asList((SupportType) null)).build())
        .withMessage("supportNeeded holds a null element");
    assertThatNullPointerException().isThrownBy(() -> BRT.toBuilder()
            .indicators(Arrays.asList((Indicator) null)).build())
        .withMessage("indicators holds a null element");
  }

  @Test
  void keepsItsThemesWhenTheGivenListChanges() {
    List<ThemeId> themes = new ArrayList<>(List.of(ThemeId.of("t")));
    Project project = BRT.toBuilder().themes(themes).build();

    themes.add(ThemeId.of("u"));

    assertThat(project.themes()).containsExactly(ThemeId.of("t"));
    assertThatThrownBy(() -> project.themes().add(ThemeId.of("u")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addsToEachOfItsListsInOrder() {
    Partner bank = Partner.of(OrganizationId.of("bank"), PartnerRole.FUNDER);
    Indicator riders = Indicator.named("daily riders");
    Indicator speed = Indicator.named("peak-hour speed");

    Project project = Project.builder(ProjectId.of("brt"), "BRT", ThemeId.of("mobility"))
        .addThemes(ThemeId.of("traffic-safety"))
        .addSupportNeeded(SupportType.FINANCING, SupportType.FEASIBILITY_STUDY)
        .addPartners(bank)
        .addIndicators(riders).addIndicators(speed)
        .build();

    assertThat(project.themes()).containsExactly(ThemeId.of("mobility"),
        ThemeId.of("traffic-safety"));
    assertThat(project.supportNeeded()).containsExactly(SupportType.FINANCING,
        SupportType.FEASIBILITY_STUDY);
    assertThat(project.partners()).containsExactly(bank);
    assertThat(project.indicators()).containsExactly(riders, speed);
  }

  @Test
  void addsAfterWhatItStartedFrom() {
    Project project = BRT.toBuilder().addThemes(ThemeId.of("roads")).build();

    assertThat(project.themes()).containsExactly(ThemeId.of("mobility-transportation"),
        ThemeId.of("traffic-safety"), ThemeId.of("roads"));
    assertThat(BRT.themes()).hasSize(2);
  }

  @Test
  void rejectsANullElementToAddAndStaysAsItWas() {
    Project.Builder builder = BRT.toBuilder();

    assertThatNullPointerException()
        .isThrownBy(() -> builder.addSupportNeeded(SupportType.FINANCING, null))
        .withMessage("supportNeeded holds a null element");
    assertThatNullPointerException().isThrownBy(() -> builder.addIndicators((Indicator) null))
        .withMessage("indicators holds a null element");

    assertThat(builder.build()).isEqualTo(BRT);
  }

  @Property
  void buildsFromAddedElementsWhatItBuildsFromTheirConcatenation(
      @ForAll @Size(max = 4) List<String> given, @ForAll @Size(max = 4) List<String> added,
      @ForAll @Size(max = 4) List<SupportType> givenSupport,
      @ForAll @Size(max = 4) List<SupportType> addedSupport) {
    Project built = Project.builder(ProjectId.of("p"), "P")
        .themes(themes(given)).supportNeeded(givenSupport)
        .partners(partners(given)).indicators(indicators(given))
        .addThemes(themes(added).toArray(ThemeId[]::new))
        .addSupportNeeded(addedSupport.toArray(SupportType[]::new))
        .addPartners(partners(added).toArray(Partner[]::new))
        .addIndicators(indicators(added).toArray(Indicator[]::new))
        .build();
    List<String> all = Stream.concat(given.stream(), added.stream()).toList();

    assertThat(built).isEqualTo(Project.builder(ProjectId.of("p"), "P")
        .themes(themes(all))
        .supportNeeded(Stream.concat(givenSupport.stream(), addedSupport.stream()).toList())
        .partners(partners(all)).indicators(indicators(all)).build());
  }

  private static List<ThemeId> themes(List<String> ids) {
    return ids.stream().map(ThemeId::of).toList();
  }

  private static List<Partner> partners(List<String> ids) {
    return ids.stream().map(id -> Partner.of(OrganizationId.of(id), PartnerRole.OTHER)).toList();
  }

  private static List<Indicator> indicators(List<String> names) {
    return names.stream()
        .map(name -> new Indicator(name, "%", BigDecimal.ZERO, BigDecimal.TEN, 2030, null))
        .toList();
  }
}
