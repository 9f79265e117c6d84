package dev.scap.analysis.event;

import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import dev.scap.model.TaxonomyId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * What an event's roundtable session gives a roundtable plan: its taxonomy and themes, the
 * cities the event invites, the invited cities that cannot be seated and why, and the document
 * narrowed to the cities that can. {@link EventPlanner#scope} makes one. Immutable and
 * thread-safe.
 *
 * @param event the event planned
 * @param session its roundtable session planned
 * @param invited the cities the event invites, in the event's order; every city of the
 *     document, in its order, when the event lists none
 * @param apart the invited cities that cannot be seated, with why, in the order of
 *     {@code invited}: those the document has no plan of, and ids that are no city of the
 *     document
 * @param document the document with only the invited cities it has a plan of, and their plans;
 *     its taxonomies, organizations and events are the whole document's, so that profiles and
 *     partners are made as they are for the whole document
 */
public record SessionScope(Event event, Session session, List<CityId> invited,
    List<InvitedApart> apart, ScapDocument document) {

  /**
   * Creates the scope.
   *
   * @param event the event
   * @param session the session, a roundtable session
   * @param invited the invited cities
   * @param apart the invited cities that cannot be seated
   * @param document the narrowed document
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if {@code session} is not a roundtable session
   */
  public SessionScope {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(document, "document");
    invited = List.copyOf(invited);
    apart = List.copyOf(apart);
    if (session.kind() != SessionKind.ROUNDTABLE) {
      throw new IllegalArgumentException("session " + session.id() + " of event " + event.id()
          + " is a " + session.kind().code() + " session, not a roundtable session");
    }
  }

  /**
   * Returns the taxonomy of the session's themes.
   *
   * @return the session's taxonomy; {@code null} if the session names none (an invalid
   *     session), and then the document's first is used
   */
  public TaxonomyId taxonomy() {
    return session.taxonomy();
  }

  /**
   * Returns the themes of the session's tables.
   *
   * @return the session's themes, in its order; empty for every theme of the taxonomy
   */
  public List<ThemeId> themes() {
    return session.themes();
  }

  /**
   * Returns the invited cities that can be seated: those of the document with a plan.
   *
   * @return their ids, in the document's order
   */
  public List<CityId> seatable() {
    return document.cities().stream().map(City::id).toList();
  }

  /**
   * Returns the weighting that means something for these cities' plans when none is asked
   * for: {@link Weighting#PRIORITY} if there is a plan and every plan of the cities that can be
   * seated states a priority for each of its focus areas; else {@link Weighting#PROJECTS}, which
   * weighs a theme by the focus area and the projects that name it, so that plans without
   * priorities still weigh their themes by what they do about them.
   *
   * @return the default weighting
   */
  public Weighting defaultWeighting() {
    List<Plan> plans = document.plans();
    boolean prioritised = !plans.isEmpty() && plans.stream()
        .allMatch(p -> p.focusAreas().stream().map(FocusArea::priority).allMatch(
            Objects::nonNull));
    return prioritised ? Weighting.PRIORITY : Weighting.PROJECTS;
  }
}
