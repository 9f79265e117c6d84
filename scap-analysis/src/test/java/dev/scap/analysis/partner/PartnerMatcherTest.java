package dev.scap.analysis.partner;

import static dev.scap.model.SupportType.FINANCING;
import static dev.scap.model.SupportType.KNOWLEDGE_SHARING;
import static dev.scap.model.SupportType.TECHNICAL_ASSISTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.OrganizationKind;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Partners of a small document, worked out by hand, on {@code projects} weights.
 * <pre>
 * a  focus x, y; projects p1 [x] needs financing, technical-assistance; p2 [x] needs financing
 *    twice (one need per project and type): profile x = 3, y = 1; needs financing 2,
 *    technical-assistance 1, 3 in all
 * b  focus y: profile y = 1; no need stated
 * c  no plan
 * d  focus x, y, z: profile x = y = z = 1; no need stated
 *
 * o1  works on x           offers financing
 * o2  works on y           offers technical-assistance
 * o3  works on z           offers nothing
 * o4  works on nothing     offers financing
 * o5  works on x, y        offers knowledge-sharing
 * o6  works on x1 (under x) offers nothing
 *
 * for a   theme fit   support fit   score
 * o1      3/4         2/3           (3/4 + 2/3)/2 = 17/24
 * o5      4/4         0             1/2
 * o4      0           2/3           1/3
 * o2      1/4         1/3           (1/4 + 1/3)/2 = 7/24
 * o3, o6  0           0             left out
 * </pre>
 * Each score is the double nearest to the exact fraction in the last column.
 */
class PartnerMatcherTest {

  private static final CityId A = CityId.of("a");
  private static final CityId B = CityId.of("b");
  private static final CityId C = CityId.of("c");
  private static final CityId D = CityId.of("d");

  static final ScapDocument DOCUMENT = ScapDocument.builder()
      .addTaxonomies(Taxonomy.of("main", "Main", List.of(Theme.of("x", "X"),
          Theme.narrower("x1", "X one", "x"), Theme.of("y", "Y"), Theme.of("z", "Z"))))
      .addCities(city("a"), city("b"), city("c"), city("d"))
      .addPlans(
          plan("a", List.of("x", "y"),
              project("p1", "x", FINANCING, TECHNICAL_ASSISTANCE),
              project("p2", "x", FINANCING, FINANCING)),
          plan("b", List.of("y")),
          plan("d", List.of("x", "y", "z")))
      .addOrganizations(
          organization("o1", List.of("x"), FINANCING),
          organization("o2", List.of("y"), TECHNICAL_ASSISTANCE),
          organization("o3", List.of("z")),
          organization("o4", List.of(), FINANCING),
          organization("o5", List.of("x", "y"), KNOWLEDGE_SHARING),
          organization("o6", List.of("x1")))
      .build();

  private static final OverlapOptions PROJECTS =
      OverlapOptions.DEFAULTS.withWeighting(Weighting.PROJECTS);

  private static City city(String id) {
    return City.of(CityId.of(id), id.toUpperCase(Locale.ROOT), "KH");
  }

  private static Plan plan(String city, List<String> focus, Project... projects) {
    return Plan.builder(PlanId.of(city + "-plan"), CityId.of(city), "Plan of " + city)
        .focusAreas(focus.stream().map(t -> FocusArea.of(ThemeId.of(t))).toList())
        .projects(List.of(projects)).build();
  }

  private static Project project(String id, String theme, SupportType... needs) {
    return Project.builder(ProjectId.of(id), "Project " + id, ThemeId.of(theme))
        .supportNeeded(List.of(needs)).build();
  }

  private static Organization organization(String id, List<String> themes,
      SupportType... offers) {
    return Organization.of(OrganizationId.of(id), "Org " + id, OrganizationKind.OTHER)
        .withThemes(themes.stream().map(ThemeId::of).toList()).withOffers(List.of(offers));
  }

  private static List<ThemeId> themes(String... ids) {
    return Arrays.stream(ids).map(ThemeId::of).toList();
  }

  private static OrganizationId org(String id) {
    return OrganizationId.of(id);
  }

  private static List<PartnerMatch> partnersOf(List<CityPartners> all, CityId city) {
    return all.stream().filter(p -> p.city().equals(city)).findFirst().orElseThrow()
        .partners();
  }

  @Test
  void ranksPartnersByTheMeanOfThemeFitAndSupportFitWithTheReasons() {
    List<CityPartners> all = PartnerMatcher.forCities(ThemeOverlap.of(DOCUMENT, PROJECTS), 10);

    assertThat(all).extracting(CityPartners::city).containsExactly(A, B, C, D);
    assertThat(partnersOf(all, A)).containsExactly(
        new PartnerMatch(org("o1"), 17.0 / 24, 3.0 / 4, 2.0 / 3, themes("x"),
            List.of(FINANCING), List.of("works on x: 75% of the profile",
                "offers financing: 2 of 3 needs of the projects")),
        new PartnerMatch(org("o5"), 0.5, 1.0, 0.0, themes("x", "y"), List.of(),
            List.of("works on x, y: 100% of the profile",
                "offers none of the 3 needs of the projects")),
        new PartnerMatch(org("o4"), 1.0 / 3, 0.0, 2.0 / 3, List.of(),
            List.of(FINANCING), List.of("offers financing: 2 of 3 needs of the projects")),
        new PartnerMatch(org("o2"), 7.0 / 24, 1.0 / 4, 1.0 / 3, themes("y"),
            List.of(TECHNICAL_ASSISTANCE), List.of("works on y: 25% of the profile",
                "offers technical-assistance: 1 of 3 needs of the projects")));
  }

  @Test
  void tiesFitsThatAreEqualFractionsReachedByDifferentSumsAndOrdersThemById() {
    // e names five themes and states five needs: two of financing, three of technical
    // assistance. t-b works on one theme and offers financing: (1/5 + 2/5) / 2 = 3/10;
    // t-a works on none and offers technical assistance: (0 + 3/5) / 2 = 3/10.
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("main", "Main", List.of(Theme.of("v", "V"),
            Theme.of("w", "W"), Theme.of("x", "X"), Theme.of("y", "Y"), Theme.of("z", "Z"))))
        .addCities(city("e"))
        .addPlans(plan("e", List.of("v", "w", "x", "y", "z"),
            project("q1", "v", FINANCING), project("q2", "v", FINANCING),
            project("q3", "v", TECHNICAL_ASSISTANCE), project("q4", "v", TECHNICAL_ASSISTANCE),
            project("q5", "v", TECHNICAL_ASSISTANCE)))
        .addOrganizations(organization("t-b", List.of("v"), FINANCING),
            organization("t-a", List.of(), TECHNICAL_ASSISTANCE))
        .build();
    // the trap: the same fraction computed two ways gives two doubles
    assertThat((1.0 / 5 + 2.0 / 5) / 2).isNotEqualTo((0 + 3.0 / 5) / 2);

    List<PartnerMatch> partners = PartnerMatcher.forCities(ThemeOverlap.of(document,
        OverlapOptions.DEFAULTS), 5).get(0).partners();

    assertThat(partners).extracting(PartnerMatch::organization, PartnerMatch::score,
            PartnerMatch::themeFit, PartnerMatch::supportFit)
        .containsExactly(tuple(org("t-a"), 3.0 / 10, 0.0, 3.0 / 5),
            tuple(org("t-b"), 3.0 / 10, 1.0 / 5, 2.0 / 5));
    assertThat(PartnerMatcher.forCities(ThemeOverlap.of(document, OverlapOptions.DEFAULTS), 1)
        .get(0).partners()).extracting(PartnerMatch::organization).containsExactly(org("t-a"));
  }

  @Test
  void scoresByThemeFitAloneWhenNoNeedIsStatedAndBreaksTiesById() {
    List<CityPartners> all = PartnerMatcher.forCities(ThemeOverlap.of(DOCUMENT, PROJECTS), 10);

    assertThat(partnersOf(all, B)).containsExactly(
        new PartnerMatch(org("o2"), 1.0, 1.0, 0.0, themes("y"), List.of(),
            List.of("works on y: 100% of the profile", "no support need is stated")),
        new PartnerMatch(org("o5"), 1.0, 1.0, 0.0, themes("y"), List.of(),
            List.of("works on y: 100% of the profile", "no support need is stated")));
    assertThat(partnersOf(all, D)).extracting(PartnerMatch::organization,
            PartnerMatch::score, PartnerMatch::reasons)
        .containsExactly(
            tuple(org("o5"), 2.0 / 3,
                List.of("works on x, y: 67% of the profile", "no support need is stated")),
            tuple(org("o1"), 1.0 / 3,
                List.of("works on x: 33% of the profile", "no support need is stated")),
            tuple(org("o2"), 1.0 / 3,
                List.of("works on y: 33% of the profile", "no support need is stated")),
            tuple(org("o3"), 1.0 / 3,
                List.of("works on z: 33% of the profile", "no support need is stated")));
  }

  @Test
  void findsNoPartnerForACityWithoutPlan() {
    List<CityPartners> all = PartnerMatcher.forCities(ThemeOverlap.of(DOCUMENT, PROJECTS), 10);

    assertThat(partnersOf(all, C)).isEmpty();
  }

  @Test
  void countsAnOrganizationsNarrowerThemeAsItsTopLevelThemeWhenThemesRollUp() {
    List<CityPartners> flat = PartnerMatcher.forCities(ThemeOverlap.of(DOCUMENT, PROJECTS), 10);
    List<CityPartners> rolled = PartnerMatcher.forCities(ThemeOverlap.of(DOCUMENT,
        PROJECTS.withRollup(true)), 10);

    assertThat(partnersOf(flat, A)).extracting(PartnerMatch::organization)
        .doesNotContain(org("o6"));
    assertThat(partnersOf(rolled, A)).filteredOn(m -> m.organization().equals(org("o6")))
        .containsExactly(new PartnerMatch(org("o6"), 3.0 / 8, 3.0 / 4, 0.0, themes("x"),
            List.of(), List.of("works on x: 75% of the profile",
                "offers none of the 3 needs of the projects")));
  }

  @Test
  void keepsTheTopPartnersOfEachCity() {
    ThemeOverlap overlap = ThemeOverlap.of(DOCUMENT, PROJECTS);

    assertThat(partnersOf(PartnerMatcher.forCities(overlap, 2), A))
        .extracting(PartnerMatch::organization).containsExactly(org("o1"), org("o5"));
    assertThat(PartnerMatcher.forCities(overlap, 0)).hasSize(4)
        .allSatisfy(city -> assertThat(city.partners()).isEmpty());
    assertThatThrownBy(() -> PartnerMatcher.forCities(overlap, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top must not be negative: -1");
  }
}
