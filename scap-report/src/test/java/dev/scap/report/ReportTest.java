package dev.scap.report;

import static dev.scap.report.Reports.ASCN;
import static dev.scap.report.Reports.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.GroupingMethod;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.FocusArea;
import dev.scap.model.OrganizationId;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.model.SessionKind;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ScapValidator;
import dev.scap.model.validation.ValidationReport;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Report}: each section is the analysis it names, made with the report's options. */
class ReportTest {

  @Test
  void summarisesTheBuiltInDataset() {
    ReportSummary summary = Reports.ascn().summary();

    assertThat(summary).isEqualTo(new ReportSummary("ASEAN Smart Cities Network (ASCN)", 38,
        26, 26, 77, 23, 2, TaxonomyId.of("ascf-2018"), 24, 6, 0, 0));
  }

  @Test
  void holdsTheAnalysesMadeWithItsOptions() {
    OverlapOptions profiles = OverlapOptions.DEFAULTS.withMetric(Metric.COSINE)
        .withWeighting(Weighting.PROJECTS).withTaxonomy(TaxonomyId.of("wego-ascn-2019"));
    RoundtableOptions seating = RoundtableOptions.DEFAULTS.withProfiles(
        profiles.withWeighting(Weighting.PRIORITY)).withPerCity(1);
    ReportOptions options = ReportOptions.defaults(STAMP).withOverlap(profiles).withTop(3)
        .withMinScore(new BigDecimal("0.2")).withGrouping(GroupingOptions.DEFAULTS.withLinkage(Linkage.COMPLETE)
            .cutInto(4)).withRoundtables(seating).withPartners(2);
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, profiles);

    Report report = Reports.of(ASCN, options);

    assertThat(report.options()).isEqualTo(options);
    assertThat(report.stamp()).isEqualTo(STAMP);
    assertThat(report.themes()).isEqualTo(overlap.themes());
    assertThat(report.profiles()).isEqualTo(overlap.profiles());
    assertThat(report.coverage()).isEqualTo(overlap.coverage());
    assertThat(report.peers()).isEqualTo(overlap.topPeers(3, 0.2));
    assertThat(report.dendrogram()).isEqualTo(PeerGrouping.hierarchical(overlap,
        Linkage.COMPLETE));
    assertThat(report.groups()).isEqualTo(PeerGrouping.cut(overlap, report.dendrogram(), 4));
    assertThat(report.roundtables()).isEqualTo(RoundtablePlanner.plan(ASCN, seating));
    assertThat(report.invitations()).isEqualTo(Invitations.forTables(
        ThemeOverlap.of(ASCN, seating.profiles()), report.roundtables(),
        InvitationOptions.DEFAULTS.withSeats(2)));
    assertThat(report.partners()).isEqualTo(PartnerMatcher.forCities(overlap, 2));
    for (CityId a : overlap.cities()) {
      for (CityId b : overlap.cities()) {
        assertThat(report.matrix().score(a, b)).isEqualTo(overlap.score(a, b));
      }
    }
  }

  @Test
  void countsAsTiesLeftOutOnlyPeersWhoseExactScoresEqualTheLastShown() {
    // hub ~ b-peer = (1) / (1 + 1/3 + 2^-20), hub ~ a-peer = 1 / (1 + 1/3 + 1/(2^21 - 1)
    // + 1/(2^21 + 1)): different fractions, the same double. hub ~ c-peer, with a-peer's
    // themes in another order of priority, is exactly a-peer's score.
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("tx", "T", List.of(Theme.of("t0", "T0"),
            Theme.of("t1", "T1"), Theme.of("t2", "T2"), Theme.of("t3", "T3"),
            Theme.of("t4", "T4"))))
        .addCities(City.of(CityId.of("hub"), "Hub", "KH"),
            City.of(CityId.of("a-peer"), "A", "KH"), City.of(CityId.of("b-peer"), "B", "KH"),
            City.of(CityId.of("c-peer"), "C", "KH"))
        .addPlans(priorities("hub", "t0", 1, "t1", 3),
            priorities("b-peer", "t0", 1, "t2", 1 << 20),
            priorities("a-peer", "t0", 1, "t3", (1 << 21) - 1, "t4", (1 << 21) + 1),
            priorities("c-peer", "t0", 1, "t4", (1 << 21) - 1, "t3", (1 << 21) + 1))
        .build();
    OverlapOptions priority = OverlapOptions.DEFAULTS.withWeighting(Weighting.PRIORITY);
    ThemeOverlap overlap = ThemeOverlap.of(document, priority);
    CityId hub = CityId.of("hub");
    CityId a = CityId.of("a-peer");
    CityId b = CityId.of("b-peer");
    CityId c = CityId.of("c-peer");

    Report report = Reports.of(document, ReportOptions.defaults(STAMP).withOverlap(priority)
        .withTop(1));
    Report two = Reports.of(document, ReportOptions.defaults(STAMP).withOverlap(priority)
        .withTop(2));

    assertThat(overlap.score(hub, a)).as("they print alike").isEqualTo(overlap.score(hub, b));
    assertThat(overlap.compareScores(hub, b, hub, a)).as("but b-peer's is higher").isPositive();
    assertThat(overlap.compareScores(hub, a, hub, c)).isZero();
    assertThat(report.peers().get(0).peers()).extracting(p -> p.city()).containsExactly(b);
    assertThat(report.tiesLeftOut(hub)).as("a-peer and c-peer score below b-peer").isZero();
    assertThat(two.peers().get(0).peers()).extracting(p -> p.city()).containsExactly(b, a);
    assertThat(two.tiesLeftOut(hub)).as("c-peer ties a-peer exactly").isEqualTo(1);
  }

  /** A plan naming each theme with its priority, as theme, priority, theme, priority, … */
  private static Plan priorities(String city, Object... themesAndPriorities) {
    Plan.Builder plan = Plan.builder(PlanId.of(city + "-plan"), CityId.of(city), "Plan");
    for (int x = 0; x < themesAndPriorities.length; x += 2) {
      plan.addFocusAreas(FocusArea.of(ThemeId.of((String) themesAndPriorities[x]),
          (Integer) themesAndPriorities[x + 1]));
    }
    return plan.build();
  }

  @Test
  void cutsAtTheThresholdByDefault() {
    ThemeOverlap overlap = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS);

    assertThat(Reports.ascn().groups()).isEqualTo(PeerGrouping.cluster(overlap,
        Linkage.AVERAGE).cutAt(new BigDecimal("0.5")));
    assertThat(Reports.ascn().groups().method()).isEqualTo(
        new GroupingMethod.HierarchicalThreshold(Linkage.AVERAGE, new BigDecimal("0.5")));
  }

  @Test
  void ordersTheHeatmapByTheDendrogramsLeafOrder() {
    Report report = Reports.ascn();
    int[] leaves = report.dendrogram().leafOrder();

    List<CityId> expected = new ArrayList<>();
    for (int leaf : leaves) {
      expected.add(ASCN.cities().get(leaf).id());
    }
    assertThat(report.leafOrder()).isEqualTo(expected)
        .containsExactlyInAnyOrderElementsOf(ASCN.cities().stream().map(City::id).toList());
  }

  @Test
  void makesEachPeerGroupOfTheBuiltInDatasetABlockOfTheHeatmap() {
    assertGroupsAreRuns(Reports.ascn());
    for (int k = 1; k <= ASCN.cities().size(); k += 5) {
      assertGroupsAreRuns(Reports.of(ASCN, ReportOptions.defaults(STAMP).withGrouping(
          GroupingOptions.DEFAULTS.cutInto(k))));
    }
  }

  @Provide
  Arbitrary<ReportOptions> options() {
    return Combinators.combine(Arbitraries.of(Weighting.class), Arbitraries.of(Metric.class),
            Arbitraries.of(Linkage.class), Arbitraries.integers().between(0, 4),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3))
        .as((weighting, metric, linkage, k, threshold) -> ReportOptions.defaults(STAMP)
            .withOverlap(OverlapOptions.DEFAULTS.withWeighting(weighting).withMetric(metric))
            .withGrouping(new GroupingOptions(linkage, k == 0 ? null : k, threshold)));
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents(DocumentSizes.small().withCities(4, 9));
  }

  @Property(tries = 60)
  void makesEachPeerGroupARunOfAdjacentCitiesInLeafOrder(@ForAll("documents") ScapDocument
      document, @ForAll("options") ReportOptions options) {
    ValidationReport validation = ScapValidator.instance().validate(document);
    assertThat(validation.hasErrors()).as(validation.problems().toString()).isFalse();

    Report report = Report.of(document, validation, options);

    assertThat(report.leafOrder()).containsExactlyInAnyOrderElementsOf(
        document.cities().stream().map(City::id).toList());
    assertGroupsAreRuns(report);
  }

  private static void assertGroupsAreRuns(Report report) {
    List<CityId> order = report.leafOrder();
    int covered = 0;
    for (PeerGroup group : report.groups().groups()) {
      int first = group.members().stream().mapToInt(order::indexOf).min().orElseThrow();
      assertThat(order.subList(first, first + group.members().size()))
          .as("group %d of %s", group.number(), report.groups().method())
          .containsExactlyInAnyOrderElementsOf(group.members());
      covered += group.members().size();
    }
    assertThat(covered).isEqualTo(order.size());
  }

  @Test
  void reportsTheWarningsOfItsValidation() {
    Problem warning = Problem.warning("some-rule", "/cities/0", "a warning");

    Report report = Report.of(ASCN, new ValidationReport(List.of(warning)),
        ReportOptions.defaults(STAMP));

    assertThat(report.validation().problems()).containsExactly(warning);
    assertThat(report.summary().warnings()).isEqualTo(1);
    assertThat(report.summary().errors()).isZero();
  }

  @Test
  void refusesADocumentWithErrors() {
    ValidationReport errors = new ValidationReport(List.of(
        Problem.error("unknown-reference", "/plans/0/city", "no such city"),
        Problem.warning("some-rule", "/cities/0", "a warning")));

    assertThatThrownBy(() -> Report.of(ASCN, errors, ReportOptions.defaults(STAMP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document has 1 error(s): a report needs a valid document");
  }

  @Test
  void refusesOptionsTheDocumentCannotMeet() {
    ReportOptions options = ReportOptions.defaults(STAMP);

    assertThatThrownBy(() -> Reports.of(ASCN, options.withOverlap(OverlapOptions.DEFAULTS
        .withTaxonomy(TaxonomyId.of("nope"))))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no taxonomy nope");
    assertThatThrownBy(() -> Reports.of(ASCN, options.withGrouping(GroupingOptions.DEFAULTS
        .cutInto(39)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot cut 38 cities into 39 groups");
    assertThatThrownBy(() -> Reports.of(ASCN, options.withRoundtables(RoundtableOptions
        .DEFAULTS.withThemes(List.of(ThemeId.of("nope"))))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesCitiesThemesOrganizationsAndProjectsOrFallsBackToTheirIds() {
    Report report = Reports.ascn();

    assertThat(report.cityName(CityId.of("jakarta"))).isEqualTo("DKI Jakarta");
    assertThat(report.cityName(CityId.of("atlantis"))).isEqualTo("atlantis");
    assertThat(report.themeLabel(ThemeId.of("civic-social"))).isEqualTo("Civic and Social");
    assertThat(report.themeLabel(ThemeId.of("nope"))).isEqualTo("nope");
    assertThat(report.organizationName(OrganizationId.of("adb")))
        .isEqualTo("Asian Development Bank");
    assertThat(report.organizationName(OrganizationId.of("nope"))).isEqualTo("nope");
    assertThat(report.projectTitle(ProjectId.of("banyuwangi-smart-kampung")))
        .isEqualTo("Smart Kampung");
    assertThat(report.projectTitle(ProjectId.of("nope"))).isEqualTo("nope");
  }

  @Test
  void makesAnEqualReportFromTheSameInput() {
    Report again = Reports.planningTheEvent(ASCN, ScapValidator.instance().validate(ASCN),
        STAMP);

    assertThat(ReportHtml.render(again)).isEqualTo(ReportHtml.render(Reports.ascn()));
    assertThat(ReportMarkdown.render(again)).isEqualTo(ReportMarkdown.render(Reports.ascn()));
    assertThat(ReportJson.render(again)).isEqualTo(ReportJson.render(Reports.ascn()));
  }

  @Test
  void countsOneThemeAndOneWarningInTheSingular() {
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("t", "Themes", List.of(Theme.of("x", "X"),
            Theme.of("y", "Y"))), Taxonomy.of("solo", "One theme", List.of(Theme.of("z", "Z"))))
        .addCities(City.of(CityId.of("a"), "A", "KH"), City.of(CityId.of("b"), "B", "KH"))
        .addPlans(Plan.builder(PlanId.of("a-plan"), CityId.of("a"), "Plan")
            .addFocusAreas(FocusArea.of(ThemeId.of("x"))).projects(List.of(Project.builder(
                ProjectId.of("p"), "Project", ThemeId.of("y")).build())).build(),
            Plan.builder(PlanId.of("b-plan"), CityId.of("b"), "Plan")
                .addFocusAreas(FocusArea.of(ThemeId.of("x"))).build())
        .build();
    ValidationReport validation = ScapValidator.instance().validate(document);
    assertThat(validation.problems()).singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("theme-outside-plan"));

    Report report = Report.of(document, validation, ReportOptions.defaults(STAMP));

    assertThat(ReportMarkdown.render(report)).contains("(1 theme)", "(2 themes)",
        "| validation | 0 errors, 1 warning |");
    assertThat(ReportHtml.render(report)).contains("(1 theme)", "0 errors, 1 warning<");
  }

  @Test
  void reportsOnADocumentWithoutCities() {
    ScapDocument empty = ASCN.toBuilder().cities(List.of()).plans(List.of()).events(List.of())
        .build();

    Report report = Reports.of(empty, ReportOptions.defaults(STAMP));

    assertThat(report.leafOrder()).isEmpty();
    assertThat(report.groups().groups()).isEmpty();
    assertThat(report.summary().cities()).isZero();
    assertThat(ReportHtml.render(report)).contains("The document has no city.");
    assertThat(ReportMarkdown.render(report)).contains("The document has no city.");
    assertThat(ReportJson.render(report)).contains("\"leafOrder\": []");
  }

  @Test
  void holdsBlocksWhoseMeansAreThoseOfTheirPairsPastTheMatrixLimit() {
    ScapDocument document = dev.scap.io.SyntheticDocuments.of(Report.MATRIX_CITIES + 40, 12, 3,
        7).generate();
    Report report = Report.of(document, ScapValidator.instance().validate(document),
        ReportOptions.defaults(STAMP));

    assertThat(report.showsMatrix()).isFalse();
    List<PeerGroup> blocks = report.blocks();
    assertThat(blocks).hasSize(Report.BLOCKS);
    // the cities without themes are in no block: they are listed apart
    java.util.Set<CityId> themeless = new java.util.HashSet<>();
    report.overlap().profiles().stream().filter(p -> p.isZero())
        .forEach(p -> themeless.add(p.city()));
    assertThat(themeless).as("the document has cities without themes").isNotEmpty();
    List<CityId> order = report.leafOrder().stream().filter(c -> !themeless.contains(c))
        .toList();
    int next = 0;
    for (PeerGroup block : blocks) {
      assertThat(block.members()).doesNotContainAnyElementsOf(themeless);
      assertThat(block.number()).isEqualTo(blocks.indexOf(block) + 1);
      assertThat(order.subList(next, next + block.members().size()))
          .as("block %d is a run of the leaf order", block.number())
          .containsExactlyInAnyOrderElementsOf(block.members());
      next += block.members().size();
    }
    assertThat(next).isEqualTo(order.size());
    ThemeOverlap overlap = report.overlap();
    for (int a = 0; a < blocks.size(); a++) {
      for (int b = 0; b < blocks.size(); b++) {
        double sum = 0;
        long pairs = 0;
        for (CityId x : blocks.get(a).members()) {
          for (CityId y : blocks.get(b).members()) {
            if (!x.equals(y)) {
              sum += overlap.score(x, y);
              pairs++;
            }
          }
        }
        double expected = pairs == 0 ? blocks.get(a).meanSimilarity() : sum / pairs;
        assertThat(report.blockMean(a, b)).as("blocks %d and %d", a + 1, b + 1)
            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  @Test
  void showsEveryPairUpToTheMatrixLimitAndHoldsNoBlocks() {
    assertThat(Reports.ascn().showsMatrix()).isTrue();
    assertThat(Reports.ascn().blocks()).isEmpty();
    assertThat(Reports.ascn().matrix().score(ASCN.cities().get(0).id(),
        ASCN.cities().get(0).id())).isEqualTo(1.0);
  }

  @Test
  void plansTheRoundtablesOfAnEventsSessionAndTheOtherSectionsOfTheWholeDocument() {
    Session session = new Session(SessionId.of("tables"), SessionKind.ROUNDTABLE, "Tables",
        null, null, TaxonomyId.of("wego-ascn-2019"),
        List.of(ThemeId.of("traffic-safety"), ThemeId.of("egov-welfare")), List.of(), null);
    List<CityId> invited = Stream.of("hanoi", "da-nang", "ho-chi-minh-city", "manila",
        "jakarta", "johor-bahru", "kuching", "yangon", "dili").map(CityId::of).toList();
    Event event = Event.of(EventId.of("meeting"), "Meeting", LocalDate.parse("2020-01-01"),
        LocalDate.parse("2020-01-01")).withCities(invited).withSessions(List.of(session));
    ScapDocument document = ASCN.toBuilder().events(List.of(event)).build();
    SessionScope scope = EventPlanner.scope(document, EventChoice.LATEST).orElseThrow();
    ReportOptions options = ReportOptions.defaults(STAMP).withRoundtables(
        RoundtableOptions.DEFAULTS.withProfiles(OverlapOptions.DEFAULTS
            .withWeighting(Weighting.PROJECTS)).withSeats(2, 8));

    Report report = Report.of(document, ScapValidator.instance().validate(document), options,
        scope);

    assertThat(report.event()).contains(scope);
    assertThat(report.options().roundtables())
        .isEqualTo(EventPlanner.options(scope, options.roundtables()));
    assertThat(report.roundtables())
        .isEqualTo(EventPlanner.plan(scope, options.roundtables()).plan());
    assertThat(report.roundtables().hostedThemes()).containsExactlyElementsOf(
        session.themes());
    assertThat(report.roundtables().tables()).flatExtracting(t -> t.guests())
        .allMatch(invited::contains);
    assertThat(report.seating().cities()).hasSize(8);
    assertThat(report.overlap().cities()).hasSize(ASCN.cities().size());
    assertThat(scope.apart()).extracting(a -> a.city()).containsExactly(CityId.of("dili"));
    assertThat(Report.of(document, ScapValidator.instance().validate(document), options)
        .event()).isEmpty();
  }

  @Test
  void placesTheRoundtablesInTheSlotsAndRoomsItsOptionsGive() {
    Report ascn = Reports.ascn();
    TimetableOptions timetabling = TimetableOptions.DEFAULTS.withSlots(2)
        .withRooms(List.of("Hall A", "Hall B"));
    Report report = Report.of(ascn.document(), ascn.validation(),
        ascn.options().withTimetable(timetabling), ascn.event().orElse(null));

    assertThat(report.timetable()).isEqualTo(Timetabler.place(
        Meeting.of(report.roundtables(), report.invitations()), timetabling));
    assertThat(report.timetable().unplaced()).isNotEmpty();
    assertThat(report.timetableWords()).startsWith("2 slots, "
        + report.timetable().unplaced().size() + " tables not placed; all the tables need ");
    String markdown = ReportMarkdown.render(report);
    assertThat(markdown).contains("Timetable: ", "| table | slot | room | theme |",
        "### Tables not placed", "| Hall A |", "| Hall B |");
    String html = ReportHtml.render(report);
    assertThat(html).contains("<h3>Tables not placed</h3>", "<th>room</th>", "<td>Hall A</td>");
    String json = ReportJson.render(report);
    assertThat(json).contains("\"rooms\": [ \"Hall A\", \"Hall B\" ]", "\"slots\": 2",
        "\"room\": \"Hall B\"", "\"reason\": \"clash\"");
    Map<String, String> csv = ReportCsv.tables(report);
    assertThat(csv.get("roundtables.csv")).contains(",Hall A,", ",Hall B,");
    assertThat(csv.get("roundtable-notes.csv")).contains("\ntimetable,,"
        + report.timetable().placements().size() + ",\"2 slots, ");
    report.timetable().unplaced().forEach(u -> {
      assertThat(markdown).contains("- Table " + u.table() + ": slot 1: ");
      assertThat(html).contains("<li>Table " + u.table() + ": slot 1: ");
      assertThat(csv.get("roundtable-notes.csv")).containsPattern("\nnot-placed," + u.table()
          + ",0,\"?slot 1: ");
    });
  }
}
