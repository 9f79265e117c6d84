package dev.scap.model;

import dev.scap.model.constraints.DatesInOrder;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting of the network's cities, such as the WeGO-ASCN Mayoral Conference (Seoul,
 * November 2019): when and where, who organizes and takes part, which cities are invited, and
 * its sessions. Immutable and thread-safe; optional components are {@code null} when not known,
 * lists are never {@code null}.
 *
 * @param id the event's id, unique among the document's events
 * @param name its name
 * @param start its first day
 * @param end its last day, not before {@code start}
 * @param venue where it takes place; {@code null} if not known
 * @param organizations the organizations taking part, each with its role
 * @param cities the cities invited, each one of the document's, none twice
 * @param sessions its sessions
 * @param note a remark on the facts, for a person; {@code null} for none
 * @param extensions data the format does not interpret, never {@code null}
 */
@DatesInOrder
public record Event(
    @NotNull @ValidIdentifier EventId id,
    @NotBlank String name,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    @Valid Venue venue,
    List<@Valid EventOrganization> organizations,
    List<@ValidIdentifier CityId> cities,
    List<@Valid Session> sessions,
    String note,
    Extensions extensions) {

  /**
   * Creates an event.
   *
   * @param id the id
   * @param name the name
   * @param start the first day
   * @param end the last day
   * @param venue the venue; {@code null} if not known
   * @param organizations the organizations taking part; {@code null} for none
   * @param cities the cities invited; {@code null} for none
   * @param sessions the sessions; {@code null} for none
   * @param note a remark; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public Event {
    organizations = Copies.list(organizations, "organizations");
    cities = Copies.list(cities, "cities");
    sessions = Copies.list(sessions, "sessions");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns an event with only its required components.
   *
   * @param id the id
   * @param name the name
   * @param start the first day
   * @param end the last day
   * @return the event
   */
  public static Event of(EventId id, String name, LocalDate start, LocalDate end) {
    return new Event(id, name, start, end, null, List.of(), List.of(), List.of(), null,
        Extensions.NONE);
  }

  /**
   * Returns the session with an id.
   *
   * @param id the session's id
   * @return the first session with that id, empty if there is none
   */
  public Optional<Session> session(SessionId id) {
    Objects.requireNonNull(id, "id");
    return sessions.stream().filter(s -> id.equals(s.id())).findFirst();
  }

  /**
   * Returns the roundtable sessions, in order.
   *
   * @return the sessions of kind {@link SessionKind#ROUNDTABLE}
   */
  public List<Session> roundtables() {
    return sessions.stream().filter(s -> s.kind() == SessionKind.ROUNDTABLE).toList();
  }

  /**
   * Returns the organizations in a role, in order, each once.
   *
   * @param role the role
   * @return the organizations listed with that role
   */
  public List<OrganizationId> organizationsIn(EventRole role) {
    Objects.requireNonNull(role, "role");
    return organizations.stream().filter(o -> role == o.role())
        .map(EventOrganization::organization).distinct().toList();
  }

  /**
   * Returns a copy with other sessions.
   *
   * @param value the sessions
   * @return the copy
   */
  public Event withSessions(List<Session> value) {
    return new Event(id, name, start, end, venue, organizations, cities, value, note, extensions);
  }

  /**
   * Returns a copy with other invited cities.
   *
   * @param value the cities
   * @return the copy
   */
  public Event withCities(List<CityId> value) {
    return new Event(id, name, start, end, venue, organizations, value, sessions, note,
        extensions);
  }
}
