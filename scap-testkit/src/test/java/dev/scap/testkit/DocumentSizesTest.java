package dev.scap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.City;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentSizesTest {

  private static final DocumentSizes SIZES = DocumentSizes.small()
      .withTaxonomies(1, 3).withThemesPerTaxonomy(2, 4).withCities(2, 5).withPlansPerCity(1, 2)
      .withFocusAreasPerPlan(2, 3).withProjectsPerPlan(0, 2).withOrganizations(1, 4);

  @Property(tries = 50)
  void generatesDocumentsOfTheSizesAskedFor(@ForAll("sized") ScapDocument document) {
    assertThat(SIZES.taxonomies().contains(document.taxonomies().size())).isTrue();
    for (Taxonomy taxonomy : document.taxonomies()) {
      if (!BuiltInTaxonomies.all().contains(taxonomy)) {
        assertThat(SIZES.themesPerTaxonomy().contains(taxonomy.themes().size())).isTrue();
      }
    }
    assertThat(SIZES.cities().contains(document.cities().size())).isTrue();
    for (City city : document.cities()) {
      assertThat(SIZES.plansPerCity().contains(document.plansOf(city.id()).size())).isTrue();
    }
    for (Plan plan : document.plans()) {
      assertThat(SIZES.focusAreasPerPlan().contains(plan.focusAreas().size())).isTrue();
      assertThat(SIZES.projectsPerPlan().contains(plan.projects().size())).isTrue();
    }
    assertThat(SIZES.organizations().contains(document.organizations().size())).isTrue();
  }

  @Example
  void generatesExactlyTheCountsOfSingleRanges() {
    DocumentSizes sizes = new DocumentSizes(DocumentSizes.Range.exactly(1),
        DocumentSizes.Range.exactly(3), DocumentSizes.Range.exactly(2),
        DocumentSizes.Range.exactly(1), DocumentSizes.Range.exactly(1),
        DocumentSizes.Range.exactly(0), DocumentSizes.Range.exactly(0));

    assertThat(Samples.draw(ScapArbitraries.documents(sizes), 3, 20)).allSatisfy(d -> {
      assertThat(d.taxonomies()).hasSize(1);
      assertThat(d.cities()).hasSize(2);
      assertThat(d.plans()).hasSize(2);
      assertThat(d.plans()).allSatisfy(p -> assertThat(p.projects()).isEmpty());
      assertThat(d.organizations()).isEmpty();
    });
  }

  @Example
  void rejectsRangesThatAreNotRangesOfCounts() {
    assertThatThrownBy(() -> DocumentSizes.Range.of(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentSizes.Range.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void rejectsSizesThatAllowNoValidDocument() {
    assertThatThrownBy(() -> DocumentSizes.small().withTaxonomies(0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taxonomies");
    assertThatThrownBy(() -> DocumentSizes.small().withThemesPerTaxonomy(0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("themes");
    assertThatThrownBy(() -> DocumentSizes.small().withFocusAreasPerPlan(0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("focusAreas");
  }

  @Example
  void allowsDocumentsWithoutCitiesOrOrganizations() {
    DocumentSizes sizes = DocumentSizes.small().withCities(0, 0).withOrganizations(0, 0);

    assertThat(sizes.cities()).isEqualTo(DocumentSizes.Range.exactly(0));
    assertThat(sizes.organizations().contains(0)).isTrue();
  }

  @Provide
  Arbitrary<ScapDocument> sized() {
    return ScapArbitraries.documents(SIZES);
  }
}
