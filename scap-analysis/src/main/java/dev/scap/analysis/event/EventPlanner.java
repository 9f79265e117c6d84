package dev.scap.analysis.event;

import dev.scap.analysis.event.ApartReason.NoPlan;
import dev.scap.analysis.event.ApartReason.NotACity;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the roundtable session of an event of a document, as the command line's
 * <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#roundtables">
 * {@code roundtables}</a> does when the document has events.
 *
 * <ul>
 *   <li>The event: the one {@link EventChoice} names, else the latest that has a roundtable
 *       session: the last to start, of those the last to end, of those the last in the
 *       document.
 *   <li>The session: the one the choice names, which must be a roundtable session of the
 *       event, else the event's first roundtable session.
 *   <li>The cities: those the event invites; an event that lists no city invites every city of
 *       the document. Cities of the document that are not invited are not seated. An invited
 *       city the document has no plan of, or an invited id that is no city of the document, is
 *       listed apart with its reason ({@link SessionScope#apart()}), not left to the seating
 *       as a shortfall.
 *   <li>The options: the caller's, with the session's taxonomy where they name none, and the
 *       session's themes where they name none and the taxonomy is the session's. The weighting
 *       is the caller's; {@link #plan(ScapDocument, EventChoice)} uses the scope's
 *       {@linkplain SessionScope#defaultWeighting() default}.
 * </ul>
 * The seating itself is {@link RoundtablePlanner}'s, on the document narrowed to the cities
 * that can be seated. Stateless and thread-safe.
 */
public final class EventPlanner {

  /** Later start, then later end. */
  private static final Comparator<Event> LATER = Comparator.comparing(Event::start)
      .thenComparing(Event::end);

  private EventPlanner() {}

  /**
   * Returns the latest event of a document that has a roundtable session.
   *
   * @param document the document
   * @return the event that starts last, of those that ends last, of those the last in the
   *     document; empty if no event has a roundtable session
   */
  public static Optional<Event> latest(ScapDocument document) {
    Objects.requireNonNull(document, "document");
    Event latest = null;
    for (Event event : document.events()) {
      if (!event.roundtables().isEmpty() && (latest == null || LATER.compare(event, latest) >= 0)) {
        latest = event;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Chooses the event and session to plan, and the cities that can be seated.
   *
   * @param document the document, which should be valid
   * @param choice the event and session; {@link EventChoice#LATEST} for the defaults
   * @return the scope; empty only if the choice names no event and no event of the document
   *     has a roundtable session
   * @throws IllegalArgumentException if the choice names an event the document lacks or one
   *     without a roundtable session, or a session the event lacks or that is not a roundtable
   *     session
   */
  public static Optional<SessionScope> scope(ScapDocument document, EventChoice choice) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(choice, "choice");
    Event event;
    if (choice.event() == null) {
      Optional<Event> latest = latest(document);
      if (latest.isEmpty()) {
        if (choice.session() != null) {
          throw new IllegalArgumentException("no event of the document has a roundtable "
              + "session, so there is no session " + choice.session());
        }
        return Optional.empty();
      }
      event = latest.get();
    } else {
      event = document.event(choice.event()).orElseThrow(() -> new IllegalArgumentException(
          "the document has no event " + choice.event() + "; its events are "
              + document.events().stream().map(e -> String.valueOf(e.id())).toList()));
    }
    List<Session> roundtables = event.roundtables();
    if (roundtables.isEmpty()) {
      throw new IllegalArgumentException("event " + event.id() + " has no roundtable session");
    }
    Session session = roundtables.get(0);
    if (choice.session() != null) {
      String listed = " (its roundtable sessions: " + String.join(", ",
          roundtables.stream().map(s -> String.valueOf(s.id())).toList()) + ")";
      session = event.session(choice.session()).orElseThrow(() -> new IllegalArgumentException(
          "event " + event.id() + " has no session " + choice.session() + listed));
      if (session.kind() != SessionKind.ROUNDTABLE) {
        throw new IllegalArgumentException("session " + session.id() + " of event " + event.id()
            + " is a " + session.kind().code() + " session, not a roundtable session" + listed);
      }
    }
    return Optional.of(narrow(document, event, session));
  }

  private static SessionScope narrow(ScapDocument document, Event event, Session session) {
    List<CityId> invited = event.cities().isEmpty()
        ? document.cities().stream().map(City::id).distinct().toList()
        : List.copyOf(new LinkedHashSet<>(event.cities()));
    Set<CityId> cities = new HashSet<>();
    document.cities().forEach(c -> cities.add(c.id()));
    Set<CityId> planned = new HashSet<>();
    document.plans().forEach(p -> planned.add(p.city()));
    List<InvitedApart> apart = new ArrayList<>();
    Set<CityId> seatable = new HashSet<>();
    for (CityId city : invited) {
      if (!cities.contains(city)) {
        apart.add(new InvitedApart(city, new NotACity()));
      } else if (!planned.contains(city)) {
        apart.add(new InvitedApart(city, new NoPlan()));
      } else {
        seatable.add(city);
      }
    }
    List<City> keptCities = document.cities().stream()
        .filter(c -> seatable.contains(c.id())).toList();
    List<Plan> keptPlans = document.plans().stream()
        .filter(p -> seatable.contains(p.city())).toList();
    ScapDocument narrowed = document.toBuilder().cities(keptCities).plans(keptPlans).build();
    return new SessionScope(event, session, invited, apart, narrowed);
  }

  /**
   * Returns the options to plan a session with: the given ones, with the session's taxonomy if
   * they name none, and the session's themes if they name none and their taxonomy is the
   * session's.
   *
   * @param scope the session
   * @param given the caller's options; their weighting is kept
   * @return the options
   */
  public static RoundtableOptions options(SessionScope scope, RoundtableOptions given) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(given, "given");
    OverlapOptions profiles = given.profiles();
    if (profiles.taxonomy() == null && scope.taxonomy() != null) {
      profiles = profiles.withTaxonomy(scope.taxonomy());
    }
    RoundtableOptions options = given.withProfiles(profiles);
    if (given.themes().isEmpty() && Objects.equals(profiles.taxonomy(), scope.taxonomy())) {
      options = options.withThemes(scope.themes());
    }
    return options;
  }

  /**
   * Plans a session with options.
   *
   * @param scope the session, from {@link #scope}
   * @param given the caller's options, completed by {@link #options}
   * @return the plan
   * @throws IllegalArgumentException as {@link RoundtablePlanner#plan(ScapDocument,
   *     RoundtableOptions)} does
   */
  public static EventPlan plan(SessionScope scope, RoundtableOptions given) {
    RoundtableOptions options = options(scope, given);
    return new EventPlan(scope, options, RoundtablePlanner.plan(scope.document(), options));
  }

  /**
   * Plans the chosen session with the command line's defaults ({@link RoundtableOptions#DEFAULTS}
   * but for the weighting, the scope's {@linkplain SessionScope#defaultWeighting() default}).
   *
   * @param document the document, which should be valid
   * @param choice the event and session
   * @return the plan; empty only if the choice names no event and no event of the document has
   *     a roundtable session
   * @throws IllegalArgumentException as {@link #scope} does, or if the session names a taxonomy
   *     or themes the document lacks
   */
  public static Optional<EventPlan> plan(ScapDocument document, EventChoice choice) {
    return scope(document, choice).map(scope -> plan(scope, RoundtableOptions.DEFAULTS
        .withProfiles(RoundtableOptions.DEFAULTS.profiles()
            .withWeighting(scope.defaultWeighting()))));
  }
}
