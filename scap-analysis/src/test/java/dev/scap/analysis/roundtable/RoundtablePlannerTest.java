package dev.scap.analysis.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.roundtable.ShortfallReason.TooFewCities;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plans worked out by hand. Weights are the {@code projects} weighting's unless a test says
 * otherwise; similarities, for the split of a theme's guests, are weighted Jaccard.
 */
class RoundtablePlannerTest {

  private static final ThemeId X = ThemeId.of("x");
  private static final ThemeId Y = ThemeId.of("y");
  private static final ThemeId Z = ThemeId.of("z");
  private static final ThemeId W = ThemeId.of("w");

  private static final RoundtableOptions PROJECTS = RoundtableOptions.DEFAULTS.withProfiles(
      OverlapOptions.DEFAULTS.withWeighting(Weighting.PROJECTS));

  /**
   * Six cities, two themes, 2 to 3 seats a table, one table a city.
   * <pre>
   *      a  b  c  d  e  f
   * x    3  2  1  2  1  -      5 candidates: ⌈5/3⌉ = 2 tables, 4 to 6 seats
   * y    -  -  -  3  3  2      3 candidates: 1 table, 2 to 3 seats
   * </pre>
   * Every city sits once and the tables need 4 + 2 = 6 seats: all six sit, a, b, c at x, f at
   * y, and one of d, e at each. d at x and e at y weighs 2 + 3 = 5, the other way 1 + 3 = 4;
   * the optimum is 3 + 2 + 1 + 2 + 3 + 2 = 13. (Seating the heaviest pairs first would put d
   * and e at y and leave x a seat short.)
   *
   * <p>The split of x's guests a, b, c, d into two tables of two: their Jaccard similarities
   * are ab 2/3, ac 1/3, ad 1/3, bc 1/2, bd 2/5, cd 1/5, so ab with cd gives 2/3 + 1/5 = 13/15,
   * more than ad with bc (5/6) and ac with bd (11/15). Average linkage on the distances
   * 1 − similarity merges ab at 1/3, then c at (2/3 + 1/2)/2 = 7/12 (before d at
   * (2/3 + 3/5)/2 = 19/30), then d: each table lists its guests in the leaf order d, c, a, b.
   */
  private static final ScapDocument SIX = WeightedDocument.of("x", "y")
      .city("a", 3, 0).city("b", 2, 0).city("c", 1, 0).city("d", 2, 3).city("e", 1, 3)
      .city("f", 0, 2).build();

  private static List<CityId> cities(String... ids) {
    return Arrays.stream(ids).map(CityId::of).toList();
  }

  @Test
  void seatsSixCitiesAtTheirHeaviestFeasibleThemes() {
    RoundtablePlan plan = RoundtablePlanner.plan(SIX, PROJECTS.withPerCity(1).withSeats(2, 3));

    assertThat(plan.tables()).containsExactly(
        new Table(1, X, cities("a", "b"), 2.0 / 3),
        new Table(2, X, cities("d", "c"), 1.0 / 5),
        new Table(3, Y, cities("e", "f"), 2.0 / 4));
    assertThat(plan.similarity()).isEqualTo(2.0 / 3 + 1.0 / 5 + 2.0 / 4);
    assertThat(plan.totalWeight()).isEqualTo(13.0);
    assertThat(plan.adjustments()).isEmpty();
    assertThat(plan.shortfalls()).isEmpty();
    assertThat(plan.hostedThemes()).containsExactly(X, Y);
    assertThat(plan.tablesOf(CityId.of("d"))).containsExactly(plan.tables().get(1));
  }

  private static ShortfallReason onlyOne(ThemeId theme) {
    return new ShortfallReason.OnlyHostedThemes(List.of(theme), TooFewCities.none(2));
  }

  @Test
  void seatsEveryCandidateWhenTheLimitsAllowIt() {
    // two tables a city: d and e sit at both themes; x's 5 guests split 3 + 2
    RoundtablePlan plan = RoundtablePlanner.plan(SIX, PROJECTS.withPerCity(2).withSeats(2, 3));

    assertThat(plan.totalWeight()).isEqualTo(3 + 2 + 1 + 2 + 1 + 3 + 3 + 2);
    assertThat(plan.tables()).extracting(Table::theme).containsExactly(X, X, Y);
    assertThat(plan.tables()).extracting(t -> t.guests().size()).containsExactly(3, 2, 3);
    assertThat(plan.tables().get(2).guests()).containsExactlyInAnyOrderElementsOf(
        cities("d", "e", "f"));
    assertThat(plan.shortfalls()).extracting(Shortfall::city, Shortfall::tables,
            Shortfall::reason)
        .containsExactly(
            tuple(CityId.of("a"), 1,
                onlyOne(X)),
            tuple(CityId.of("b"), 1,
                onlyOne(X)),
            tuple(CityId.of("c"), 1,
                onlyOne(X)),
            tuple(CityId.of("f"), 1,
                onlyOne(Y)));
  }

  /**
   * Four cities on both themes, 2 seats a table, one table a city.
   * <pre>
   *      a  b  c  d
   * x    3  2  1  2      4 candidates: 2 tables
   * y    1  2  3  1      4 candidates: 2 tables
   * </pre>
   * The four tables need 8 seats of the 4 the cities have. Both themes have 2 candidates per
   * table: x, first in the taxonomy, loses a table; then y has the fewest (2 against 4) and
   * loses one. With one table each, x takes the two cities that gain most by sitting there
   * rather than at y: a (+2) and d (+1); the total is 3 + 2 + 2 + 3 = 10.
   */
  @Test
  void dropsTablesUntilThePerCityLimitLetsEveryTableFill() {
    ScapDocument document = WeightedDocument.of("x", "y").city("a", 3, 1).city("b", 2, 2)
        .city("c", 1, 3).city("d", 2, 1).build();

    RoundtablePlan plan = RoundtablePlanner.plan(document,
        PROJECTS.withPerCity(1).withSeats(2, 2));

    assertThat(plan.adjustments()).containsExactly(
        new Adjustment(X, 1, new AdjustmentReason.TableDropped(1, 2, 4, 2)),
        new Adjustment(Y, 1, new AdjustmentReason.TableDropped(1, 2, 4, 2)));
    assertThat(plan.tables()).containsExactly(
        new Table(1, X, cities("a", "d"), 3.0 / 4),
        new Table(2, Y, cities("b", "c"), 3.0 / 5));
    assertThat(plan.totalWeight()).isEqualTo(10.0);
    assertThat(plan.shortfalls()).isEmpty();
  }

  @Test
  void dropsEveryTableOfAThemeThatCannotFillOne() {
    // both themes have the same two candidates, one table each, and each city sits once: only
    // one theme can fill its 2 seats. The tie in candidates per table drops x, the first.
    ScapDocument document = WeightedDocument.of("x", "y").city("a", 2, 1).city("b", 1, 1)
        .build();

    RoundtablePlan plan = RoundtablePlanner.plan(document,
        PROJECTS.withPerCity(1).withSeats(2, 2));

    assertThat(plan.adjustments()).singleElement().satisfies(adjustment -> {
      assertThat(adjustment.theme()).isEqualTo(X);
      assertThat(adjustment.tables()).isZero();
      assertThat(adjustment.reason()).isEqualTo(new AdjustmentReason.TableDropped(1, 2, 2, 1));
    });
    assertThat(plan.tables()).containsExactly(new Table(1, Y, cities("a", "b"), 2.0 / 3));
    assertThat(plan.totalWeight()).isEqualTo(2.0);
  }

  /**
   * Shortfalls and themes not hosted, 2 seats a table, two tables a city.
   * <pre>
   *      p  q  r  s  t  u  v
   * x    -  -  -  1  1  1  1     4 candidates: 2 tables, all four seated
   * y    -  -  -  -  1  2  3     3 candidates: ⌈3/2⌉ = 2 lowered to 1, u and v the heaviest
   * z    -  -  1  -  -  -  -     1 candidate: not hosted
   * w    -  -  -  -  -  -  -     no candidate: not hosted, and not worth a word
   * </pre>
   * p has no plan; q's plan names only a theme of another taxonomy.
   */
  private static final ScapDocument SHORT = WeightedDocument.of("x", "y", "z", "w")
      .taxonomy(Taxonomy.of("other", "Other", List.of(Theme.of("o", "O"))))
      .cityWithoutPlan("p")
      .city("q", Plan.builder(PlanId.of("q-plan"), CityId.of("q"), "Plan of q")
          .focusAreas(List.of(FocusArea.of(ThemeId.of("o"), 1))).build())
      .city("r", 0, 0, 1, 0).city("s", 1, 0, 0, 0).city("t", 1, 1, 0, 0).city("u", 1, 2, 0, 0)
      .city("v", 1, 3, 0, 0).build();

  @Test
  void saysWhyEachCitySitsAtFewerTablesThanAllowed() {
    RoundtablePlan plan = RoundtablePlanner.plan(SHORT, PROJECTS.withSeats(2, 2));

    assertThat(plan.tables()).extracting(Table::theme).containsExactly(X, X, Y);
    assertThat(plan.tables().get(2).guests()).containsExactlyInAnyOrderElementsOf(
        cities("u", "v"));
    assertThat(plan.totalWeight()).isEqualTo(4 + 2 + 3);
    assertThat(plan.adjustments()).containsExactly(new Adjustment(Z, 0,
        new AdjustmentReason.TooFewCandidates(1, 2)));
    assertThat(plan.shortfalls()).containsExactly(
        new Shortfall(CityId.of("p"), 0, new ShortfallReason.NoPlan()),
        new Shortfall(CityId.of("q"), 0, new ShortfallReason.NoThemeOfTaxonomy(
            TaxonomyId.of("main"))),
        new Shortfall(CityId.of("r"), 0, new ShortfallReason.NoHostedTheme(
            new TooFewCities(List.of(Z), 1, List.of(Z), 2))),
        new Shortfall(CityId.of("s"), 1, new ShortfallReason.OnlyHostedThemes(List.of(X),
            TooFewCities.none(2))),
        new Shortfall(CityId.of("t"), 1, new ShortfallReason.TablesFull(List.of(Y))));
  }

  @Test
  void saysThatAnAskedThemeNoCityCanSitAtIsNotHosted() {
    RoundtablePlan plan = RoundtablePlanner.plan(SHORT, PROJECTS.withSeats(2, 2)
        .withThemes(List.of(X, W)));

    assertThat(plan.hostedThemes()).containsExactly(X);
    assertThat(plan.adjustments()).containsExactly(new Adjustment(W, 0,
        new AdjustmentReason.TooFewCandidates(0, 2)));
    assertThat(plan.shortfalls()).extracting(Shortfall::city)
        .containsExactlyElementsOf(cities("p", "q", "r", "s", "t", "u", "v"));
    assertThat(plan.shortfalls()).filteredOn(s -> s.city().equals(CityId.of("v")))
        .extracting(Shortfall::reason).containsExactly(
            new ShortfallReason.OnlyHostedThemes(List.of(X), TooFewCities.none(2)));
    // z was not asked for: it is not for too few cities that r sits at no table
    assertThat(plan.shortfalls()).filteredOn(s -> s.city().equals(CityId.of("r")))
        .extracting(Shortfall::reason).containsExactly(
            new ShortfallReason.NoHostedTheme(TooFewCities.none(2)));
  }

  @Test
  void hostsNoThemeThatFewerCitiesCanSitAtThanATableNeeds() {
    RoundtablePlan plan = RoundtablePlanner.plan(SHORT, PROJECTS.withSeats(5, 8));

    assertThat(plan.tables()).isEmpty();
    assertThat(plan.totalWeight()).isZero();
    assertThat(plan.adjustments()).containsExactly(
        new Adjustment(X, 0, new AdjustmentReason.TooFewCandidates(4, 5)),
        new Adjustment(Y, 0, new AdjustmentReason.TooFewCandidates(3, 5)),
        new Adjustment(Z, 0, new AdjustmentReason.TooFewCandidates(1, 5)));
    ShortfallReason both = new ShortfallReason.NoHostedTheme(
        new TooFewCities(List.of(X, Y), 4, List.of(X), 5));
    assertThat(plan.shortfalls()).containsExactly(
        new Shortfall(CityId.of("p"), 0, new ShortfallReason.NoPlan()),
        new Shortfall(CityId.of("q"), 0, new ShortfallReason.NoThemeOfTaxonomy(
            TaxonomyId.of("main"))),
        new Shortfall(CityId.of("r"), 0, new ShortfallReason.NoHostedTheme(
            new TooFewCities(List.of(Z), 1, List.of(Z), 5))),
        new Shortfall(CityId.of("s"), 0, new ShortfallReason.NoHostedTheme(
            new TooFewCities(List.of(X), 4, List.of(X), 5))),
        new Shortfall(CityId.of("t"), 0, both),
        new Shortfall(CityId.of("u"), 0, both),
        new Shortfall(CityId.of("v"), 0, both));
  }

  /**
   * A small document under the defaults, 4 to 8 seats a table, priority weights.
   * <pre>
   *      a  b  c
   * x    1  1  1     3 candidates: not hosted, but at 3 seats a table
   * y    1  -  1     2 candidates: not hosted, but at 2 seats a table
   * </pre>
   */
  private static final ScapDocument SMALL = WeightedDocument.of("x", "y")
      .city("a", 2, 1).city("b", 1, 0).city("c", 1, 2).build();

  @Test
  void saysWhyTheDefaultsSeatNobodyInASmallDocumentAndWhatToChange() {
    RoundtablePlan plan = RoundtablePlanner.plan(SMALL, RoundtableOptions.DEFAULTS);

    assertThat(plan.tables()).isEmpty();
    assertThat(plan.adjustments()).containsExactly(
        new Adjustment(X, 0, new AdjustmentReason.TooFewCandidates(3, 4)),
        new Adjustment(Y, 0, new AdjustmentReason.TooFewCandidates(2, 4)));
    ShortfallReason both = new ShortfallReason.NoHostedTheme(
        new TooFewCities(List.of(X, Y), 3, List.of(X), 4));
    assertThat(plan.shortfalls()).containsExactly(
        new Shortfall(CityId.of("a"), 0, both),
        new Shortfall(CityId.of("b"), 0, new ShortfallReason.NoHostedTheme(
            new TooFewCities(List.of(X), 3, List.of(X), 4))),
        new Shortfall(CityId.of("c"), 0, both));
  }

  @Test
  void seatsTheCitiesAtTheMinSeatsItNamed() {
    RoundtablePlan plan = RoundtablePlanner.plan(SMALL, RoundtableOptions.DEFAULTS
        .withSeats(3, 8));

    assertThat(plan.tables()).singleElement().satisfies(table -> {
      assertThat(table.theme()).isEqualTo(X);
      assertThat(table.guests()).containsExactlyInAnyOrderElementsOf(cities("a", "b", "c"));
    });
    ShortfallReason onlyX = new ShortfallReason.OnlyHostedThemes(List.of(X),
        new TooFewCities(List.of(Y), 2, List.of(Y), 3));
    assertThat(plan.shortfalls()).containsExactly(
        new Shortfall(CityId.of("a"), 1, onlyX),
        new Shortfall(CityId.of("b"), 1, new ShortfallReason.OnlyHostedThemes(List.of(X),
            TooFewCities.none(3))),
        new Shortfall(CityId.of("c"), 1, onlyX));

    RoundtablePlan both = RoundtablePlanner.plan(SMALL, RoundtableOptions.DEFAULTS
        .withSeats(2, 8));

    assertThat(both.hostedThemes()).containsExactly(X, Y);
    assertThat(both.adjustments()).isEmpty();
    assertThat(both.shortfalls()).containsExactly(
        new Shortfall(CityId.of("b"), 1, new ShortfallReason.OnlyHostedThemes(List.of(X),
            TooFewCities.none(2))));
  }

  @Test
  void givesAThemeFewerTablesThanAskedWhenItsCandidatesCannotFillThem() {
    RoundtablePlan plan = RoundtablePlanner.plan(SHORT, PROJECTS.withSeats(2, 2)
        .withTables(Map.of(X, 5)));

    assertThat(plan.adjustments()).startsWith(new Adjustment(X, 2,
        new AdjustmentReason.FewerTablesThanAsked(5, 4, 2)));
    assertThat(plan.tables()).filteredOn(t -> t.theme().equals(X)).hasSize(2);
  }

  @Test
  void setsAsManyTablesAsAsked() {
    RoundtablePlan plan = RoundtablePlanner.plan(SHORT, PROJECTS.withSeats(2, 2)
        .withTables(Map.of(X, 1, Y, 0)));

    assertThat(plan.tables()).singleElement().satisfies(table -> {
      assertThat(table.theme()).isEqualTo(X);
      assertThat(table.guests()).hasSize(2);
    });
    assertThat(plan.hostedThemes()).containsExactly(X);
  }

  @Test
  void rejectsAnAskedThemeThatIsNotOneOfTheTaxonomy() {
    assertThatThrownBy(() -> RoundtablePlanner.plan(SHORT, PROJECTS.withThemes(List.of(X,
        ThemeId.of("nope")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("theme nope is not a theme of taxonomy main");
    assertThatThrownBy(() -> RoundtablePlanner.plan(SHORT, PROJECTS.withThemes(List.of(
        ThemeId.of("o")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("theme o is not a theme of taxonomy main");
  }

  @Test
  void rejectsANarrowerThemeWhenThemesRollUp() {
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("main", "Main", List.of(Theme.of("x", "X"),
            Theme.narrower("x1", "X one", "x"))))
        .build();
    RoundtableOptions options = RoundtableOptions.DEFAULTS.withProfiles(
        OverlapOptions.DEFAULTS.withRollup(true)).withThemes(List.of(ThemeId.of("x1")));

    assertThatThrownBy(() -> RoundtablePlanner.plan(document, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("theme x1 is not a theme of taxonomy main (top-level)");
  }

  @Test
  void rejectsTablesAskedForAThemeThatIsNotHosted() {
    assertThatThrownBy(() -> RoundtablePlanner.plan(SHORT, PROJECTS.withThemes(List.of(X))
        .withTables(Map.of(Y, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tables are asked for theme y, which is not hosted");
  }

  @Test
  void plansNothingForADocumentWithoutCities() {
    RoundtablePlan plan = RoundtablePlanner.plan(WeightedDocument.of("x").build(),
        RoundtableOptions.DEFAULTS);

    assertThat(plan.tables()).isEmpty();
    assertThat(plan.adjustments()).isEmpty();
    assertThat(plan.shortfalls()).isEmpty();
    assertThat(plan.totalWeight()).isZero();
  }

  @Test
  void weighsByPriorityByDefault() {
    // priorities rank each city's themes: x is a's first (1), y its second (1/2)
    ScapDocument document = WeightedDocument.of("x", "y").city("a", 2, 1).city("b", 1, 2)
        .city("c", 1, 1).build();

    RoundtablePlan plan = RoundtablePlanner.plan(document, RoundtableOptions.DEFAULTS
        .withSeats(1, 3).withPerCity(1));

    assertThat(plan.tables()).containsExactly(new Table(1, X, cities("a", "c"), 1),
        new Table(2, Y, cities("b"), 0));
    assertThat(plan.totalWeight()).isEqualTo(1 + 1 + 1);
  }

  @Test
  void givesTheLastSeatToTheCitiesFirstInIdOrderWhenWeightsTie() {
    // five cities weigh x alike and one table seats four: whichever is left out, the total is 4
    ScapDocument document = WeightedDocument.of("x").city("e", 1).city("c", 1).city("a", 1)
        .city("d", 1).city("b", 1).build();

    RoundtablePlan plan = RoundtablePlanner.plan(document, PROJECTS.withPerCity(1)
        .withSeats(1, 4).withTables(Map.of(X, 1)));

    assertThat(plan.totalWeight()).isEqualTo(4.0);
    assertThat(plan.tables()).singleElement().satisfies(table -> assertThat(table.guests())
        .containsExactlyInAnyOrderElementsOf(cities("a", "b", "c", "d")));
    assertThat(plan.shortfalls()).extracting(Shortfall::city, Shortfall::reason)
        .containsExactly(tuple(CityId.of("e"),
            new ShortfallReason.TablesFull(List.of(X))));
  }

  @Test
  void givesTheFirstThemeToTheCityFirstInIdOrderWhenTwoCouldTrade() {
    // b and a weigh x and y alike; one seat at each: either way the total is 2
    ScapDocument document = WeightedDocument.of("x", "y").city("b", 1, 1).city("a", 1, 1)
        .build();

    RoundtablePlan plan = RoundtablePlanner.plan(document, PROJECTS.withPerCity(1)
        .withSeats(1, 1));

    assertThat(plan.tables()).extracting(Table::theme, Table::guests).containsExactly(
        tuple(X, cities("a")), tuple(Y, cities("b")));
  }

  private static Plan priorities(String city, int x, int y) {
    return Plan.builder(PlanId.of(city + "-plan"), CityId.of(city), "Plan of " + city)
        .focusAreas(List.of(FocusArea.of(X, x), FocusArea.of(Y, y))).build();
  }

  @Test
  void seatsExactlyWhereDoublesTieAndTheCommonMultipleIsBeyond64Bits() {
    // n = 10^8: a weighs x 1/n and y 1/(n + 1), b weighs x 1/(n - 1) and y 1/n. Seating b at x
    // and a at y gives 1/(n - 1) + 1/(n + 1) = 2n/(n² - 1), more than the other way, 2/n, by
    // about 2/n³; in doubles both sums are 2e-8, and the tie rule would prefer a at x. L is
    // (n - 1)·n·(n + 1), about 10^24: the flow runs on BigInteger costs.
    int n = 100_000_000;
    ScapDocument document = WeightedDocument.of("x", "y")
        .city("b", priorities("b", n - 1, n))
        .city("a", priorities("a", n, n + 1)).build();

    RoundtablePlan plan = RoundtablePlanner.plan(document, RoundtableOptions.DEFAULTS
        .withPerCity(1).withSeats(1, 1).withTables(Map.of(X, 1, Y, 1)));

    assertThat(plan.tables()).extracting(Table::theme, Table::guests).containsExactly(
        tuple(X, cities("b")), tuple(Y, cities("a")));
    assertThat(plan.totalWeight()).isEqualTo(2e-8);
  }

  @Test
  void ordersATablesGuestsByADendrogramMadeOnExactScores() {
    // Priority Jaccard, with c for the common theme of weight 1/1000 and e = 1/2^20:
    // hub ~ b = (1 + c)/(2 + c + e) is above hub ~ a = (1 + c)/(2 + c + 1/(2^21 - 1)
    // + 1/(2^21 + 1)) by about 2^-64: the same double. a and b share only c. Average linkage
    // on the exact scores merges hub and b first, so the two sit side by side in the leaf
    // order; taken as equal doubles, the tie rule would merge hub with a, first by id.
    ThemeId common = ThemeId.of("c");
    ScapDocument document = WeightedDocument.of("c", "x", "y", "z", "v", "w")
        .city("hub", Plan.builder(PlanId.of("hub-plan"), CityId.of("hub"), "Plan of hub")
            .focusAreas(List.of(FocusArea.of(common, 1000), FocusArea.of(X, 1),
                FocusArea.of(Y, 1))).build())
        .city("b", Plan.builder(PlanId.of("b-plan"), CityId.of("b"), "Plan of b")
            .focusAreas(List.of(FocusArea.of(common, 1000), FocusArea.of(X, 1),
                FocusArea.of(Z, 1 << 20))).build())
        .city("a", Plan.builder(PlanId.of("a-plan"), CityId.of("a"), "Plan of a")
            .focusAreas(List.of(FocusArea.of(common, 1000), FocusArea.of(Y, 1),
                FocusArea.of(ThemeId.of("v"), (1 << 21) - 1),
                FocusArea.of(W, (1 << 21) + 1))).build())
        .build();

    RoundtablePlan plan = RoundtablePlanner.plan(document, RoundtableOptions.DEFAULTS
        .withSeats(3, 8).withThemes(List.of(common)));

    assertThat(plan.tables()).hasSize(1);
    List<CityId> guests = plan.tables().get(0).guests();
    assertThat(guests).containsExactlyInAnyOrder(CityId.of("a"), CityId.of("b"),
        CityId.of("hub"));
    assertThat(Math.abs(guests.indexOf(CityId.of("hub")) - guests.indexOf(CityId.of("b"))))
        .as("hub and b side by side in %s", guests).isEqualTo(1);
    assertThat(guests.get(1)).as("the city both others are nearest to, between them")
        .isNotEqualTo(CityId.of("a"));
  }
}
