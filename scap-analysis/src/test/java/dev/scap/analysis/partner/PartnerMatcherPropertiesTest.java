package dev.scap.analysis.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.OrganizationKind;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of {@link PartnerMatcher} on generated documents: every match is what the definitions
 * of theme fit and support fit give, computed again here from the document; matches are
 * ranked, cut at K, and do not depend on the order of cities, plans or organizations.
 */
class PartnerMatcherPropertiesTest {

  /** A document and the options to analyse it with. */
  record Case(ScapDocument document, OverlapOptions options) {

    ThemeOverlap overlap() {
      return ThemeOverlap.of(document, options);
    }

    @Override
    public String toString() {
      return options + " on " + document.cities().size() + " cities, "
          + document.organizations().size() + " organizations";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ScapDocument> generated = ScapArbitraries.documents(
        DocumentSizes.small().withCities(0, 6).withOrganizations(0, 5));
    Arbitrary<ScapDocument> synthetic = Combinators.combine(
            Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(0, 5), Arbitraries.longs())
        .as((cities, themes, projects, seed) ->
            SyntheticDocuments.of(cities, themes, projects, seed).generate());
    return Combinators.combine(Arbitraries.oneOf(generated, synthetic),
            Arbitraries.of(Weighting.class), Arbitraries.of(false, true))
        .as((document, weighting, rollup) -> new Case(document,
            new OverlapOptions(null, weighting, Metric.JACCARD, rollup, null)));
  }

  /** The profile theme an organization's or project's theme counts as, or null. */
  private static ThemeId mapped(ThemeOverlap overlap, ThemeId theme) {
    if (overlap.themes().contains(theme)) {
      return theme;
    }
    if (overlap.options().rollup()) {
      ThemeId top = overlap.document().topLevelTheme(theme);
      return overlap.themes().contains(top) ? top : null;
    }
    return null;
  }

  /** A profile weight's exact value: an integer, or 1/p given as the double nearest to it. */
  private static Fraction exact(double weight) {
    return weight == Math.rint(weight) ? Fraction.of((long) weight, 1)
        : Fraction.of(1, Math.round(1 / weight));
  }

  private static Map<SupportType, Integer> needs(List<Project> projects) {
    Map<SupportType, Integer> needs = new EnumMap<>(SupportType.class);
    for (Project project : projects) {
      new HashSet<>(project.supportNeeded()).forEach(type -> needs.merge(type, 1,
          Integer::sum));
    }
    return needs;
  }

  @Property(tries = 150)
  void everyMatchIsWhatTheDefinitionsGive(@ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 6) int top) {
    ThemeOverlap overlap = c.overlap();

    List<CityPartners> all = PartnerMatcher.forCities(overlap, top);

    assertThat(all).extracting(CityPartners::city).containsExactlyElementsOf(overlap.cities());
    for (int i = 0; i < all.size(); i++) {
      CityProfile profile = overlap.profiles().get(i);
      Plan plan = profile.plan() == null ? null
          : c.document().plan(profile.plan()).orElseThrow();
      Map<SupportType, Integer> needs = needs(plan == null ? List.of() : plan.projects());
      int needed = needs.values().stream().mapToInt(Integer::intValue).sum();
      // exactly: a weight is an integer, or 1/p given as the double nearest to it
      Fraction total = Fraction.ZERO;
      for (double weight : profile.weights().values()) {
        total = total.plus(exact(weight));
      }
      List<PartnerMatch> expected = new ArrayList<>();
      Map<PartnerMatch, Fraction> exactScores = new HashMap<>();
      for (Organization organization : c.document().organizations()) {
        Set<ThemeId> worksOn = organization.themes().stream().map(t -> mapped(overlap, t))
            .filter(t -> t != null).collect(Collectors.toSet());
        List<ThemeId> themes = profile.weights().keySet().stream().filter(worksOn::contains)
            .toList();
        Fraction covered = Fraction.ZERO;
        for (ThemeId theme : themes) {
          covered = covered.plus(exact(profile.weight(theme)));
        }
        Fraction themeFit = total.isZero() ? Fraction.ZERO : covered.dividedBy(total);
        List<SupportType> support = needs.keySet().stream()
            .filter(organization.offers()::contains).sorted().toList();
        Fraction supportFit = needed == 0 ? Fraction.ZERO
            : Fraction.of(support.stream().mapToInt(needs::get).sum(), needed);
        Fraction score = needed == 0 ? themeFit
            : themeFit.plus(supportFit).dividedBy(Fraction.of(2, 1));
        if (!score.isZero()) {
          PartnerMatch match = new PartnerMatch(organization.id(), score.toDouble(),
              themeFit.toDouble(), supportFit.toDouble(), themes, support, List.of());
          expected.add(match);
          exactScores.put(match, score);
        }
      }
      expected.sort(Comparator.comparing((PartnerMatch m) -> exactScores.get(m)).reversed()
          .thenComparing(m -> m.organization().value()));
      List<PartnerMatch> actual = all.get(i).partners();
      assertThat(actual).as(profile.city().value())
          .hasSize(Math.min(top, expected.size()));
      for (int m = 0; m < actual.size(); m++) {
        PartnerMatch match = actual.get(m);
        PartnerMatch wanted = expected.get(m);
        assertThat(match.organization()).isEqualTo(wanted.organization());
        assertThat(match.score()).isEqualTo(wanted.score()).isPositive()
            .isLessThanOrEqualTo(1);
        assertThat(match.themeFit()).isEqualTo(wanted.themeFit());
        assertThat(match.supportFit()).isEqualTo(wanted.supportFit());
        assertThat(match.themes()).isEqualTo(wanted.themes());
        assertThat(match.support()).isEqualTo(wanted.support());
        assertThat(match.reasons()).isNotEmpty();
        if (m > 0) {
          assertThat(match.score()).isLessThanOrEqualTo(actual.get(m - 1).score());
        }
      }
    }
  }

  /**
   * Sets of priorities whose weights 1/p add up to 1/2: organizations that each work on the
   * themes of one set have theme fits that are equal fractions reached by different sums.
   */
  private static final List<int[]> HALVES = List.of(new int[] {2}, new int[] {3, 6},
      new int[] {4, 4}, new int[] {4, 6, 12}, new int[] {6, 6, 6}, new int[] {3, 12, 12},
      new int[] {5, 5, 10}, new int[] {8, 8, 8, 8}, new int[] {4, 5, 20}, new int[] {3, 8, 24},
      new int[] {10, 10, 10, 10, 10});

  @Provide
  Arbitrary<Set<Integer>> halves() {
    return Arbitraries.integers().between(0, HALVES.size() - 1).set().ofMinSize(2)
        .ofMaxSize(6);
  }

  @Property(tries = 100)
  void organizationsWhoseFitsAreEqualFractionsTieAndFollowTheirIds(
      @ForAll("halves") Set<Integer> chosen, @ForAll long seed) {
    // one city; each chosen set's priorities on themes of its own, and one organization
    // working on those themes, under a random id: every theme fit is (1/2) / (k/2) = 1/k
    Random random = new Random(seed);
    List<Theme> themes = new ArrayList<>();
    List<FocusArea> areas = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    for (int set : chosen) {
      List<ThemeId> worksOn = new ArrayList<>();
      for (int priority : HALVES.get(set)) {
        ThemeId theme = ThemeId.of("t" + themes.size());
        themes.add(Theme.of(theme.value(), "T" + themes.size()));
        areas.add(FocusArea.of(theme, priority));
        worksOn.add(theme);
      }
      String id = "o" + Integer.toString(random.nextInt(1 << 20), 36) + "-" + set;
      organizations.add(Organization.of(OrganizationId.of(id), "Org " + id,
          OrganizationKind.OTHER).withThemes(worksOn));
    }
    Collections.shuffle(organizations, random);
    CityId city = CityId.of("c");
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("main", "Main", themes))
        .addCities(City.of(city, "C", "KH"))
        .addPlans(Plan.builder(PlanId.of("c-plan"), city, "Plan").focusAreas(areas).build())
        .addOrganizations(organizations.toArray(Organization[]::new))
        .build();

    List<PartnerMatch> partners = PartnerMatcher.forCities(ThemeOverlap.of(document,
        OverlapOptions.DEFAULTS.withWeighting(Weighting.PRIORITY)), chosen.size()).get(0)
        .partners();

    assertThat(partners).extracting(m -> m.organization().value())
        .containsExactlyElementsOf(organizations.stream().map(o -> o.id().value()).sorted()
            .toList());
    assertThat(partners).extracting(PartnerMatch::score)
        .containsOnly(Fraction.of(1, chosen.size()).toDouble());
    assertThat(partners).extracting(PartnerMatch::themeFit)
        .containsOnly(Fraction.of(1, chosen.size()).toDouble());
  }

  @Property(tries = 150)
  void partnersDoNotDependOnTheOrderOfCitiesPlansOrOrganizations(@ForAll("cases") Case c,
      @ForAll long seed) {
    ScapDocument shuffled = shuffle(c.document(), new Random(seed));

    Map<CityId, List<PartnerMatch>> original = byCity(PartnerMatcher.forCities(c.overlap(),
        4));
    Map<CityId, List<PartnerMatch>> permuted = byCity(PartnerMatcher.forCities(
        ThemeOverlap.of(shuffled, c.options()), 4));

    assertThat(permuted).isEqualTo(original);
  }

  private static Map<CityId, List<PartnerMatch>> byCity(List<CityPartners> all) {
    Map<CityId, List<PartnerMatch>> map = new HashMap<>();
    all.forEach(city -> map.put(city.city(), city.partners()));
    return map;
  }

  /**
   * Shuffles cities, plans and organizations, but keeps each city's plans in their order among
   * themselves: the latest-plan rule reads document order between plans of equal periods.
   */
  private static ScapDocument shuffle(ScapDocument document, Random random) {
    List<City> cities = new ArrayList<>(document.cities());
    Collections.shuffle(cities, random);
    List<Plan> slots = new ArrayList<>(document.plans());
    Collections.shuffle(slots, random);
    Map<CityId, Deque<Plan>> inOrder = new HashMap<>();
    for (Plan plan : document.plans()) {
      inOrder.computeIfAbsent(plan.city(), city -> new ArrayDeque<>()).add(plan);
    }
    List<Plan> plans = slots.stream().map(slot -> inOrder.get(slot.city()).poll()).toList();
    List<Organization> organizations = new ArrayList<>(document.organizations());
    Collections.shuffle(organizations, random);
    return document.toBuilder().cities(cities).plans(plans).organizations(organizations)
        .build();
  }
}
