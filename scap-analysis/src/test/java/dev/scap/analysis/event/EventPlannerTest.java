package dev.scap.analysis.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.event.ApartReason.NoPlan;
import dev.scap.analysis.event.ApartReason.NotACity;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.roundtable.Table;
import dev.scap.io.Datasets;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.FocusArea;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The choice of event and session, the invited cities, the cities listed apart and the options
 * an event gives, on small documents built here.
 */
class EventPlannerTest {

  private static final TaxonomyId MAIN = TaxonomyId.of("main");
  private static final TaxonomyId OTHER = TaxonomyId.of("other");
  private static final ThemeId A = ThemeId.of("a");
  private static final ThemeId B = ThemeId.of("b");
  private static final ThemeId C = ThemeId.of("c");

  /**
   * Taxonomies main (a, b, c) and other (x); cities p1 to p6 whose plans name a, b and x (p1 to
   * p4) or a and c (p5, p6) as unprioritised focus areas, and q without a plan.
   */
  private static ScapDocument document(Event... events) {
    ScapDocument.Builder builder = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of(MAIN, "Main", List.of(Theme.of("a", "A"), Theme.of("b", "B"),
            Theme.of("c", "C"))), Taxonomy.of(OTHER, "Other", List.of(Theme.of("x", "X"))));
    for (int i = 1; i <= 6; i++) {
      String id = "p" + i;
      builder.addCities(City.of(CityId.of(id), id.toUpperCase(Locale.ROOT), "KH"));
      List<FocusArea> areas = i <= 4
          ? List.of(FocusArea.of(A), FocusArea.of(B), FocusArea.of(ThemeId.of("x")))
          : List.of(FocusArea.of(A), FocusArea.of(C));
      builder.addPlans(Plan.builder(PlanId.of(id + "-plan"), CityId.of(id), "Plan of " + id)
          .focusAreas(areas).build());
    }
    builder.addCities(City.of(CityId.of("q"), "Q", "KH"));
    return builder.events(List.of(events)).build();
  }

  private static Session roundtable(String id, TaxonomyId taxonomy, ThemeId... themes) {
    return new Session(SessionId.of(id), SessionKind.ROUNDTABLE, "Roundtables " + id, null,
        null, taxonomy, List.of(themes), List.of(), null);
  }

  private static Event event(String id, String start, String end, Session... sessions) {
    return Event.of(EventId.of(id), "Event " + id, LocalDate.parse(start), LocalDate.parse(end))
        .withSessions(List.of(sessions));
  }

  private static Event conference(String id, String start, String end) {
    return event(id, start, end, roundtable("tables", MAIN, A, B));
  }

  private static List<CityId> cities(String... ids) {
    return List.of(ids).stream().map(CityId::of).toList();
  }

  private static SessionScope scope(ScapDocument document, EventChoice choice) {
    return EventPlanner.scope(document, choice).orElseThrow();
  }

  @Test
  void choosesTheEventThatStartsLast() {
    ScapDocument document = document(conference("late", "2019-11-05", "2019-11-06"),
        conference("early", "2019-03-01", "2019-12-31"));

    assertThat(EventPlanner.latest(document)).map(Event::id).contains(EventId.of("late"));
  }

  @Test
  void breaksATieOfStartsByTheEndThenByTheLastInTheDocument() {
    ScapDocument byEnd = document(conference("longer", "2019-11-05", "2019-11-07"),
        conference("shorter", "2019-11-05", "2019-11-06"));
    ScapDocument byOrder = document(conference("first", "2019-11-05", "2019-11-06"),
        conference("second", "2019-11-05", "2019-11-06"));

    assertThat(EventPlanner.latest(byEnd)).map(Event::id).contains(EventId.of("longer"));
    assertThat(EventPlanner.latest(byOrder)).map(Event::id).contains(EventId.of("second"));
  }

  @Test
  void passesOverEventsWithoutARoundtableSession() {
    Event plenaryOnly = event("later", "2020-01-01", "2020-01-02",
        Session.of(SessionId.of("opening"), SessionKind.PLENARY, "Opening"));
    ScapDocument document = document(conference("earlier", "2019-11-05", "2019-11-06"),
        plenaryOnly);

    assertThat(EventPlanner.latest(document)).map(Event::id).contains(EventId.of("earlier"));
    assertThat(EventPlanner.scope(document(plenaryOnly), EventChoice.LATEST)).isEmpty();
    assertThat(EventPlanner.plan(document(), EventChoice.LATEST)).isEmpty();
  }

  @Test
  void plansTheEventNamedEvenIfAnotherIsLater() {
    ScapDocument document = document(conference("early", "2019-03-01", "2019-03-02"),
        conference("late", "2019-11-05", "2019-11-06"));

    assertThat(scope(document, EventChoice.of(EventId.of("early"))).event().id())
        .isEqualTo(EventId.of("early"));
  }

  @Test
  void refusesAnUnknownEventAndOneWithoutRoundtables() {
    ScapDocument document = document(conference("conf", "2019-11-05", "2019-11-06"),
        event("visit", "2019-11-07", "2019-11-07",
            Session.of(SessionId.of("tour"), SessionKind.SITE_VISIT, "Tour")));

    assertThatThrownBy(() -> EventPlanner.scope(document, EventChoice.of(EventId.of("cnof"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document has no event cnof; its events are [conf, visit]");
    assertThatThrownBy(() -> EventPlanner.scope(document, EventChoice.of(EventId.of("visit"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event visit has no roundtable session");
  }

  @Test
  void plansTheFirstRoundtableSessionUnlessOneIsNamed() {
    Event conf = event("conf", "2019-11-05", "2019-11-06",
        Session.of(SessionId.of("opening"), SessionKind.PLENARY, "Opening"),
        roundtable("morning", MAIN, A), roundtable("afternoon", MAIN, B));
    ScapDocument document = document(conf);

    assertThat(scope(document, EventChoice.LATEST).session().id())
        .isEqualTo(SessionId.of("morning"));
    assertThat(scope(document, EventChoice.LATEST.withSession(SessionId.of("afternoon")))
        .themes()).containsExactly(B);
    assertThatThrownBy(() -> EventPlanner.scope(document,
        EventChoice.LATEST.withSession(SessionId.of("opening"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session opening of event conf is a plenary session, not a roundtable "
            + "session (its roundtable sessions: morning, afternoon)");
    assertThatThrownBy(() -> EventPlanner.scope(document,
        EventChoice.LATEST.withSession(SessionId.of("evening"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event conf has no session evening (its roundtable sessions: "
            + "morning, afternoon)");
  }

  @Test
  void seatsOnlyTheInvitedCities() {
    Event conf = conference("conf", "2019-11-05", "2019-11-06")
        .withCities(cities("p4", "p3", "p2", "p1"));

    EventPlan plan = EventPlanner.plan(document(conf), EventChoice.LATEST).orElseThrow();

    assertThat(plan.scope().seatable()).isEqualTo(cities("p1", "p2", "p3", "p4"));
    assertThat(plan.plan().tables()).extracting(Table::theme).containsExactly(A, B);
    assertThat(plan.plan().tables()).allSatisfy(table ->
        assertThat(table.guests()).containsExactlyInAnyOrderElementsOf(
            cities("p1", "p2", "p3", "p4")));
    assertThat(plan.plan().shortfalls()).isEmpty();
  }

  @Test
  void listsApartTheInvitedCitiesWithoutAPlanOrNotOfTheDocument() {
    Event conf = conference("conf", "2019-11-05", "2019-11-06")
        .withCities(cities("nowhere", "p1", "q", "p2", "p3", "p4"));

    EventPlan plan = EventPlanner.plan(document(conf), EventChoice.LATEST).orElseThrow();

    assertThat(plan.scope().invited())
        .isEqualTo(cities("nowhere", "p1", "q", "p2", "p3", "p4"));
    assertThat(plan.scope().apart()).containsExactly(
        new InvitedApart(CityId.of("nowhere"), new NotACity()),
        new InvitedApart(CityId.of("q"), new NoPlan()));
    assertThat(plan.plan().shortfalls()).isEmpty();
  }

  @Test
  void invitesEveryCityOfTheDocumentWhenTheEventListsNone() {
    SessionScope scope = scope(document(conference("conf", "2019-11-05", "2019-11-06")),
        EventChoice.LATEST);

    assertThat(scope.invited()).isEqualTo(cities("p1", "p2", "p3", "p4", "p5", "p6", "q"));
    assertThat(scope.seatable()).isEqualTo(cities("p1", "p2", "p3", "p4", "p5", "p6"));
    assertThat(scope.apart()).containsExactly(new InvitedApart(CityId.of("q"), new NoPlan()));
  }

  @Test
  void takesTheSessionsTaxonomyAndThemesWhereTheOptionsNameNone() {
    SessionScope scope = scope(document(event("conf", "2019-11-05", "2019-11-06",
        roundtable("tables", MAIN, C, A))), EventChoice.LATEST);

    RoundtableOptions options = EventPlanner.options(scope, RoundtableOptions.DEFAULTS);

    assertThat(options.profiles().taxonomy()).isEqualTo(MAIN);
    assertThat(options.themes()).containsExactly(C, A);
    assertThat(options.profiles().weighting())
        .isEqualTo(RoundtableOptions.DEFAULTS.profiles().weighting());
  }

  @Test
  void givenOptionsOverrideTheSessions() {
    SessionScope scope = scope(document(conference("conf", "2019-11-05", "2019-11-06")),
        EventChoice.LATEST);
    RoundtableOptions themes = RoundtableOptions.DEFAULTS.withThemes(List.of(C));
    RoundtableOptions taxonomy = RoundtableOptions.DEFAULTS.withProfiles(
        OverlapOptions.DEFAULTS.withTaxonomy(OTHER).withWeighting(Weighting.PRESENCE));

    assertThat(EventPlanner.options(scope, themes).themes()).containsExactly(C);
    assertThat(EventPlanner.options(scope, themes).profiles().taxonomy()).isEqualTo(MAIN);
    // the session's themes are of its own taxonomy, not of the one asked for
    assertThat(EventPlanner.options(scope, taxonomy).themes()).isEmpty();
    assertThat(EventPlanner.options(scope, taxonomy).profiles())
        .isEqualTo(taxonomy.profiles());
    assertThat(EventPlanner.plan(scope, taxonomy).plan().hostedThemes())
        .containsExactly(ThemeId.of("x"));
  }

  @Test
  void plansAsTheWholeDocumentWouldForTheCitiesThatCanBeSeated() {
    SessionScope scope = scope(document(conference("conf", "2019-11-05", "2019-11-06")
        .withCities(cities("p1", "p2", "p3", "p5", "p6", "q"))), EventChoice.LATEST);
    RoundtableOptions options = RoundtableOptions.DEFAULTS.withSeats(2, 4);

    EventPlan plan = EventPlanner.plan(scope, options);

    assertThat(plan.plan()).isEqualTo(RoundtablePlanner.plan(scope.document(), plan.options()));
    assertThat(plan.plan().tables()).flatExtracting(Table::guests)
        .doesNotContain(CityId.of("p4"), CityId.of("q"));
  }

  @Test
  void weighsByPriorityOnlyWhenEveryPlanRanksEveryFocusArea() {
    Event conf = conference("conf", "2019-11-05", "2019-11-06");
    ScapDocument unranked = document(conf);
    List<Plan> ranked = new ArrayList<>();
    for (Plan plan : unranked.plans()) {
      List<FocusArea> areas = new ArrayList<>();
      for (FocusArea area : plan.focusAreas()) {
        areas.add(FocusArea.of(area.theme(), areas.size() + 1));
      }
      ranked.add(plan.toBuilder().focusAreas(areas).build());
    }
    ScapDocument prioritised = unranked.toBuilder().plans(ranked).build();
    List<Plan> oneUnranked = new ArrayList<>(ranked);
    oneUnranked.set(5, unranked.plans().get(5));

    assertThat(scope(unranked, EventChoice.LATEST).defaultWeighting())
        .isEqualTo(Weighting.PROJECTS);
    assertThat(scope(prioritised, EventChoice.LATEST).defaultWeighting())
        .isEqualTo(Weighting.PRIORITY);
    assertThat(scope(prioritised.toBuilder().plans(oneUnranked).build(), EventChoice.LATEST)
        .defaultWeighting()).isEqualTo(Weighting.PROJECTS);
    // the plan not invited does not count
    assertThat(scope(prioritised.toBuilder().plans(oneUnranked).build()
        .toBuilder().events(List.of(conf.withCities(cities("p1", "p2", "p3", "p4")))).build(),
        EventChoice.LATEST).defaultWeighting()).isEqualTo(Weighting.PRIORITY);
  }

  @Test
  void weighsThemesByTheirProjectsByDefault() {
    ScapDocument document = document(conference("conf", "2019-11-05", "2019-11-06")
        .withCities(cities("p1", "p2", "p3", "p4", "p5")));
    Plan p5 = document.plans().get(4);
    Plan busier = p5.toBuilder().projects(List.of(Project.builder(ProjectId.of("p5-on-b"),
        "On b", B).build())).build();
    List<Plan> plans = new ArrayList<>(document.plans());
    plans.set(4, busier);

    RoundtablePlan plan = EventPlanner.plan(document.toBuilder().plans(plans).build(),
        EventChoice.LATEST).orElseThrow().plan();

    // p5 names b by a project only: it weighs 1 there under projects, 0 under priority
    assertThat(plan.tables()).filteredOn(t -> t.theme().equals(B)).singleElement()
        .satisfies(t -> assertThat(t.guests()).contains(CityId.of("p5")));
  }

  /**
   * The built-in dataset with the 2019 WeGO-ASCN Mayoral Conference as the dataset will hold
   * it: the 26 pilot cities of 2018 invited, one roundtable session on the five 2019 themes.
   */
  static ScapDocument ascnWithConference() {
    ScapDocument ascn = Datasets.ascn();
    List<CityId> pilots = ascn.plans().stream().map(Plan::city).distinct().toList();
    Session session = new Session(SessionId.of("mini-roundtables"), SessionKind.ROUNDTABLE,
        "Mini roundtables", null, LocalDate.parse("2019-11-06"),
        TaxonomyId.of("wego-ascn-2019"), Stream.of("buildings", "roads-public-space",
            "traffic-safety", "waste-wastewater", "egov-welfare").map(ThemeId::of).toList(),
        List.of(), null);
    Event conference = Event.of(EventId.of("wego-ascn-mayoral-conference-2019"),
        "WeGO-ASCN Mayoral Conference", LocalDate.parse("2019-11-05"),
        LocalDate.parse("2019-11-07")).withCities(pilots).withSessions(List.of(session));
    return ascn.toBuilder().events(List.of(conference)).build();
  }

  @Test
  void seatsThePilotCitiesOnTheFiveThemesOf2019ByDefault() {
    ScapDocument document = ascnWithConference();

    EventPlan plan = EventPlanner.plan(document, EventChoice.LATEST).orElseThrow();

    assertThat(plan.options().profiles().weighting()).isEqualTo(Weighting.PROJECTS);
    assertThat(plan.plan().hostedThemes()).containsExactlyElementsOf(plan.scope().themes());
    assertThat(plan.scope().themes()).hasSize(5);
    assertThat(plan.scope().apart()).isEmpty();
    List<CityId> seated = plan.plan().tables().stream().flatMap(t -> t.guests().stream())
        .distinct().toList();
    assertThat(seated).containsExactlyInAnyOrderElementsOf(plan.scope().invited());
    long atTwo = plan.scope().invited().stream()
        .filter(c -> plan.plan().tablesOf(c).size() == 2).count();
    assertThat(atTwo).isGreaterThan(plan.scope().invited().size() / 2);
    assertThat(plan.plan().tables()).allSatisfy(t ->
        assertThat(t.guests().size()).isBetween(4, 8));
  }

  @Property(tries = 30)
  void seatsNoCityOutsideTheInvitedOnesAndListsApartTheRest(
      @ForAll("invitations") List<String> invited) {
    ScapDocument ascn = ascnWithConference();
    Event conference = ascn.events().get(0).withCities(
        invited.stream().map(CityId::of).toList());
    ScapDocument document = ascn.toBuilder().events(List.of(conference)).build();

    EventPlan plan = EventPlanner.plan(document, EventChoice.LATEST).orElseThrow();

    List<CityId> seatable = plan.scope().seatable();
    assertThat(plan.plan().tables()).flatExtracting(Table::guests)
        .allMatch(seatable::contains);
    List<CityId> accounted = new ArrayList<>(seatable);
    plan.scope().apart().forEach(a -> accounted.add(a.city()));
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(plan.scope().invited());
    assertThat(plan.plan().shortfalls()).allMatch(s -> seatable.contains(s.city()));
  }

  @Provide
  Arbitrary<List<String>> invitations() {
    List<String> ids = new ArrayList<>(Datasets.ascn().cities().stream()
        .map(c -> c.id().value()).toList());
    ids.add("atlantis");
    return Arbitraries.of(ids).list().uniqueElements().ofMinSize(1).ofMaxSize(ids.size());
  }

  /**
   * The latest event is one with a roundtable session, none with one starts later or starts
   * as late and ends later, and of those that start and end as it does it is the last.
   */
  @Property(tries = 200)
  void choosesAnEventWithRoundtablesThatNoneWithRoundtablesFollows(
      @ForAll("events") List<Event> events) {
    ScapDocument document = document().toBuilder().events(events).build();

    var latest = EventPlanner.latest(document);

    List<Event> candidates = events.stream().filter(e -> !e.roundtables().isEmpty()).toList();
    assertThat(latest.isPresent()).isEqualTo(!candidates.isEmpty());
    latest.ifPresent(chosen -> {
      int at = events.indexOf(chosen);
      for (int i = 0; i < events.size(); i++) {
        Event other = events.get(i);
        if (other.roundtables().isEmpty()) {
          continue;
        }
        int order = other.start().compareTo(chosen.start()) != 0
            ? other.start().compareTo(chosen.start()) : other.end().compareTo(chosen.end());
        assertThat(order > 0 || order == 0 && i > at).as(other.id().value()).isFalse();
      }
    });
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
        .as((start, length, roundtables) -> {
          LocalDate first = LocalDate.parse("2019-11-01").plusDays(start);
          return roundtables ? conference("e", first.toString(),
              first.plusDays(length).toString())
              : event("e", first.toString(), first.plusDays(length).toString(),
                  Session.of(SessionId.of("opening"), SessionKind.PLENARY, "Opening"));
        });
    return event.list().ofMaxSize(8).map(list -> {
      List<Event> named = new ArrayList<>();
      for (Event e : list) {
        named.add(new Event(EventId.of("e" + named.size()), e.name(), e.start(), e.end(),
            null, List.of(), List.of(), e.sessions(), null, null));
      }
      return named;
    });
  }
}
