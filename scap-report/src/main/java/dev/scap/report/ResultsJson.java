package dev.scap.report;

import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.grouping.PeerGroups;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.analysis.partner.InvitationReason;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.NoInvitation;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.Standing;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Blocked;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Shared;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.CityId;
import dev.scap.model.Identifier;
import dev.scap.model.OrganizationId;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The public JSON form of the analyses' results, written into a Jackson 3 generator that the
 * caller owns: the form the command line's JSON outputs and the JSON report use (docs/CLI.md),
 * for an application to write the same, say in a Spring Boot controller or a custom
 * serializer. Each method writes properties of the object the generator is in (or, for
 * {@link #match}, one object of the array it is in), and leaves the generator open; reasons and
 * methods are worded by {@link Wording}. Numbers are JSON numbers, exact doubles. Stateless and
 * thread-safe; arguments must not be {@code null} unless a parameter says so.
 */
public final class ResultsJson {

  // The names of the properties written most, once per peer or shared theme: encoded once.
  private static final SerializableString CITY = new SerializedString("city");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString PEERS = new SerializedString("peers");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString SHARED_THEMES = new SerializedString("sharedThemes");
  private static final SerializableString THEME = new SerializedString("theme");
  private static final SerializableString CITY_PROJECTS = new SerializedString("cityProjects");
  private static final SerializableString PEER_PROJECTS = new SerializedString("peerProjects");

  private ResultsJson() {}

  /**
   * Writes a property whose value is an array of ids.
   *
   * @param json the generator, inside an object
   * @param name the property's name
   * @param ids the ids
   */
  public static void ids(JsonGenerator json, String name, List<? extends Identifier> ids) {
    json.writeName(name);
    values(json, ids);
  }

  private static void ids(JsonGenerator json, SerializableString name,
      List<? extends Identifier> ids) {
    json.writeName(name);
    values(json, ids);
  }

  /** Writes an array of ids. */
  private static void values(JsonGenerator json, List<? extends Identifier> ids) {
    json.writeStartArray();
    for (Identifier id : ids) {
      json.writeString(id.value());
    }
    json.writeEndArray();
  }

  /**
   * Writes the options of theme profiles as properties: {@code taxonomy}, {@code weights},
   * {@code metric}, {@code rollup} and {@code year}.
   *
   * @param json the generator, inside an object
   * @param options the options
   * @param taxonomy the id of the taxonomy the profiles use, or {@code null} if there is none
   */
  public static void profiles(JsonGenerator json, OverlapOptions options, String taxonomy) {
    if (taxonomy == null) {
      json.writeNullProperty("taxonomy");
    } else {
      json.writeStringProperty("taxonomy", taxonomy);
    }
    json.writeStringProperty("weights", options.weighting().code());
    json.writeStringProperty("metric", options.metric().code());
    json.writeBooleanProperty("rollup", options.rollup());
    if (options.year() == null) {
      json.writeNullProperty("year");
    } else {
      json.writeNumberProperty("year", options.year());
    }
  }

  /**
   * Writes peer groups as properties: {@code method} and {@code groups}.
   *
   * @param json the generator, inside an object
   * @param groups the groups
   */
  public static void groups(JsonGenerator json, PeerGroups groups) {
    json.writeStringProperty("method", Wording.method(groups.method()));
    json.writeName("groups");
    json.writeStartArray();
    for (PeerGroup group : groups.groups()) {
      json.writeStartObject();
      json.writeNumberProperty("group", group.number());
      if (!group.label().isEmpty()) {
        json.writeStringProperty("theme", group.label());
      }
      ids(json, "members", group.members());
      ids(json, "sharedThemes", group.sharedThemes());
      json.writeNumberProperty("meanSimilarity", group.meanSimilarity());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * Writes the peers of each city as a property whose value is an array of cities.
   *
   * @param json the generator, inside an object
   * @param name the property's name
   * @param peers the peers of each city
   * @param names the name of each city
   */
  public static void peers(JsonGenerator json, String name, List<CityPeers> peers,
      Function<CityId, String> names) {
    json.writeName(name);
    json.writeStartArray();
    for (CityPeers city : peers) {
      cityPeers(json, city, names);
    }
    json.writeEndArray();
  }

  /** Writes one city and its peers, an element of what {@link #peers} writes. */
  static void cityPeers(JsonGenerator json, CityPeers city, Function<CityId, String> names) {
    cityPeers(json, city, names, theme -> null);
  }

  /**
   * As {@link #cityPeers(JsonGenerator, CityPeers, Function)}, writing each shared theme without
   * projects on either side as the bytes that {@code written} holds for its theme, if any: see
   * {@link #withoutProjects}.
   */
  static void cityPeers(JsonGenerator json, CityPeers city, Function<CityId, String> names,
      Function<ThemeId, SerializableString> written) {
    startCityPeers(json, city.city(), names);
    for (Peer peer : city.peers()) {
      peer(json, peer, names, written);
    }
    endArrayAndObject(json);
  }

  /**
   * Starts what {@link #cityPeers} writes, up to its array of peers: each peer follows, and
   * then {@link #endArrayAndObject}.
   */
  static void startCityPeers(JsonGenerator json, CityId city, Function<CityId, String> names) {
    json.writeStartObject();
    cityAndName(json, city, names);
    json.writeName(PEERS);
    json.writeStartArray();
  }

  /**
   * Starts a peer as {@link #cityPeers} writes it, up to its array of shared themes: each
   * shared theme follows ({@link #sharedTheme}), and then {@link #endArrayAndObject}.
   */
  static void startPeer(JsonGenerator json, CityId peer, double score,
      Function<CityId, String> names) {
    json.writeStartObject();
    cityAndName(json, peer, names);
    json.writeName(SCORE);
    json.writeNumber(score);
    json.writeName(SHARED_THEMES);
    json.writeStartArray();
  }

  /** Ends what {@link #startCityPeers} or {@link #startPeer} started. */
  static void endArrayAndObject(JsonGenerator json) {
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Writes, for each theme, the shared theme without projects on either side, each in a
   * generator of its own from {@code generators}: what {@link #sharedTheme} writes into another
   * generator like them, with no pretty printer. Plans of focus areas alone share every theme
   * so, and writing the bytes in one call takes a third less time than the nine calls that
   * make them, over outputs of tens of megabytes.
   *
   * @param themes the themes
   * @param generators a generator like the one the bytes are for, over a stream
   * @return the bytes of each theme's object
   */
  static Map<ThemeId, SerializableString> withoutProjects(List<ThemeId> themes,
      Function<OutputStream, JsonGenerator> generators) {
    Map<ThemeId, SerializableString> written = new HashMap<>();
    for (ThemeId theme : themes) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator json = generators.apply(bytes)) {
        sharedTheme(json, new SharedTheme(theme, List.of(), List.of()));
      }
      written.put(theme, new SerializedString(bytes.toString(StandardCharsets.UTF_8)));
    }
    return written;
  }

  // One small method per level of nesting: where an optimizing compiler compiles this code (in
  // a program that embeds the library, say), it compiles each soon and small, instead of one
  // large method late in a short run.
  private static void peer(JsonGenerator json, Peer peer, Function<CityId, String> names,
      Function<ThemeId, SerializableString> written) {
    startPeer(json, peer.city(), peer.score(), names);
    for (SharedTheme shared : peer.shared()) {
      SerializableString whole = shared.cityProjects().isEmpty()
          && shared.peerProjects().isEmpty() ? written.apply(shared.theme()) : null;
      if (whole == null) {
        sharedTheme(json, shared);
      } else {
        json.writeRawValue(whole);
      }
    }
    endArrayAndObject(json);
  }

  private static void cityAndName(JsonGenerator json, CityId city,
      Function<CityId, String> names) {
    json.writeName(CITY);
    json.writeString(city.value());
    json.writeName(NAME);
    json.writeString(names.apply(city));
  }

  /** Writes a shared theme, an element of a peer's array of shared themes. */
  static void sharedTheme(JsonGenerator json, SharedTheme shared) {
    sharedTheme(json, shared, () -> { });
  }

  /**
   * As {@link #sharedTheme(JsonGenerator, SharedTheme)}, running {@code mark} just before and
   * just after the value of each array of projects (the colon before it included, as the
   * generator writes it with the value): four times, to find the parts of the object around
   * the arrays.
   */
  static void sharedTheme(JsonGenerator json, SharedTheme shared, Runnable mark) {
    json.writeStartObject();
    json.writeName(THEME);
    json.writeString(shared.theme().value());
    json.writeName(CITY_PROJECTS);
    mark.run();
    values(json, shared.cityProjects());
    mark.run();
    json.writeName(PEER_PROJECTS);
    mark.run();
    values(json, shared.peerProjects());
    mark.run();
    json.writeEndObject();
  }

  /**
   * Writes the properties of a roundtable plan: {@code totalWeight}, {@code similarity} (the
   * split's objective), {@code tables} with the similarity at each, its {@code slot} and
   * {@code room} in the timetable ({@code null} when not placed, or without rooms) and its
   * invitations (see {@link #invitations}), {@code adjustments} and {@code shortfalls}.
   *
   * @param json the generator, inside the plan's object
   * @param plan the plan
   * @param timetable the timetable of the plan's tables
   * @param invitations the invitations to each table, by its index in the plan's tables
   * @param organizations the name of each organization
   * @param cities the name of each city
   */
  public static void roundtables(JsonGenerator json, RoundtablePlan plan, Timetable timetable,
      IntFunction<TableInvitations> invitations, Function<OrganizationId, String> organizations,
      Function<CityId, String> cities) {
    json.writeNumberProperty("totalWeight", plan.totalWeight());
    json.writeNumberProperty("similarity", plan.similarity());
    json.writeName("tables");
    json.writeStartArray();
    for (int t = 0; t < plan.tables().size(); t++) {
      Table table = plan.tables().get(t);
      json.writeStartObject();
      json.writeNumberProperty("table", table.number());
      json.writeStringProperty("theme", table.theme().value());
      Optional<Placement> placed = timetable.placement(table.number());
      json.writeName("slot");
      if (placed.isPresent()) {
        json.writeNumber(placed.get().slot());
      } else {
        json.writeNull();
      }
      json.writeStringProperty("room", placed.flatMap(Placement::room).orElse(null));
      ids(json, "cities", table.guests());
      json.writeNumberProperty("similarity", table.similarity());
      invitations(json, invitations.apply(t), organizations, cities);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("adjustments");
    json.writeStartArray();
    for (Adjustment adjustment : plan.adjustments()) {
      json.writeStartObject();
      json.writeStringProperty("theme", adjustment.theme().value());
      json.writeNumberProperty("tables", adjustment.tables());
      json.writeStringProperty("reason", Wording.adjustment(adjustment));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("shortfalls");
    json.writeStartArray();
    for (Shortfall shortfall : plan.shortfalls()) {
      json.writeStartObject();
      json.writeStringProperty("city", shortfall.city().value());
      json.writeNumberProperty("tables", shortfall.tables());
      json.writeStringProperty("reason", Wording.shortfall(shortfall));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * Writes the {@code timetable} property: its {@code slots}, the slots all the tables
   * {@code needed}, the {@code lowerBound}, the {@code method} ({@code exact} or
   * {@code heuristic}), whether it is {@code optimal}, the {@code rooms} given, its
   * {@code text}, and the tables {@code unplaced}, each with its {@code reasons} per slot as
   * data ({@code slot}, {@code reason} {@code clash} with the {@code table} and the
   * {@code city} or {@code organization} shared, or {@code full} with the {@code rooms}) and as
   * {@code text}.
   *
   * @param json the generator, inside the object the property belongs to
   * @param timetable the timetable
   * @param options the options it was made with
   * @param text its words, as {@link Wording#timetable} gives them
   * @param cities the name of each city
   * @param organizations the name of each organization
   */
  public static void timetable(JsonGenerator json, Timetable timetable, TimetableOptions options,
      String text, Function<CityId, String> cities,
      Function<OrganizationId, String> organizations) {
    json.writeName("timetable");
    json.writeStartObject();
    json.writeNumberProperty("slots", timetable.slots());
    json.writeNumberProperty("needed", timetable.needed());
    json.writeNumberProperty("lowerBound", timetable.lowerBound());
    json.writeStringProperty("method", timetable.method().name().toLowerCase(Locale.ROOT));
    json.writeBooleanProperty("optimal", timetable.optimal());
    json.writeName("rooms");
    json.writeStartArray();
    for (String room : options.rooms()) {
      json.writeString(room);
    }
    json.writeEndArray();
    json.writeStringProperty("text", text);
    json.writeName("unplaced");
    json.writeStartArray();
    for (Unplaced unplaced : timetable.unplaced()) {
      json.writeStartObject();
      json.writeNumberProperty("table", unplaced.table());
      json.writeName("reasons");
      json.writeStartArray();
      for (Blocked blocked : unplaced.slots()) {
        json.writeStartObject();
        json.writeNumberProperty("slot", blocked.slot());
        if (blocked instanceof Blocked.Clash clash) {
          json.writeStringProperty("reason", "clash");
          json.writeNumberProperty("table", clash.table());
          if (clash.shared() instanceof Shared.City city) {
            json.writeStringProperty("city", city.city().value());
          } else {
            json.writeStringProperty("organization",
                ((Shared.Organization) clash.shared()).organization().value());
          }
        } else {
          json.writeStringProperty("reason", "full");
          json.writeNumberProperty("rooms", ((Blocked.Full) blocked).rooms());
        }
        json.writeStringProperty("text", Wording.blocked(blocked, cities, organizations));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringProperty("text", Wording.unplaced(unplaced, cities, organizations));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Writes a table's invitations: {@code partners}, each organization with its {@code name},
   * whether it was {@code asked} for, its {@code standing} and its {@code reasons} (each with
   * a {@code reason} code, its facts and its {@code text}); then the {@code tied} and
   * {@code atLimit} organization ids, and {@code nobodyBecause} (a code and its text) when
   * nobody is invited.
   *
   * @param json the generator, inside the table's object
   * @param table the table's invitations
   * @param organizations the name of each organization
   * @param cities the name of each city
   */
  public static void invitations(JsonGenerator json, TableInvitations table,
      Function<OrganizationId, String> organizations, Function<CityId, String> cities) {
    json.writeName("partners");
    json.writeStartArray();
    for (Invitee invitee : table.invited()) {
      json.writeStartObject();
      json.writeStringProperty("organization", invitee.organization().value());
      json.writeStringProperty("name", organizations.apply(invitee.organization()));
      json.writeBooleanProperty("asked", invitee.asked());
      Standing standing = invitee.standing();
      json.writeName("standing");
      json.writeStartObject();
      json.writeNumberProperty("themeGuests", standing.themeGuests());
      json.writeNumberProperty("otherGuests", standing.otherGuests());
      json.writeBooleanProperty("worksOnTheme", standing.worksOnTheme());
      json.writeNumberProperty("needsMet", standing.needsMet());
      json.writeNumberProperty("needsStated", standing.needsStated());
      json.writeEndObject();
      json.writeName("reasons");
      json.writeStartArray();
      for (InvitationReason reason : invitee.reasons()) {
        json.writeStartObject();
        if (reason instanceof InvitationReason.AskedFor) {
          json.writeStringProperty("reason", "asked-for");
        } else if (reason instanceof InvitationReason.PartnersProject project) {
          json.writeStringProperty("reason", "partners-project");
          json.writeStringProperty("city", project.city().value());
          json.writeStringProperty("project", project.project().value());
          json.writeBooleanProperty("onTheme", project.onTheme());
        } else if (reason instanceof InvitationReason.PartnersPlan plan) {
          json.writeStringProperty("reason", "partners-plan");
          json.writeStringProperty("city", plan.city().value());
          json.writeStringProperty("plan", plan.plan().value());
        } else if (reason instanceof InvitationReason.WorksOnTheme works) {
          json.writeStringProperty("reason", "works-on-theme");
          json.writeStringProperty("theme", works.theme().value());
        } else if (reason instanceof InvitationReason.OffersNeeds offers) {
          json.writeStringProperty("reason", "offers-needs");
          json.writeName("support");
          json.writeStartArray();
          for (SupportType type : offers.types()) {
            json.writeString(type.code());
          }
          json.writeEndArray();
          json.writeNumberProperty("met", offers.met());
          json.writeNumberProperty("needed", offers.needed());
        }
        json.writeStringProperty("text", Wording.invitation(reason, cities));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    ids(json, "tied", table.tied());
    ids(json, "atLimit", table.atLimit());
    NoInvitation why = table.whyNobody();
    if (why != null) {
      json.writeName("nobodyBecause");
      json.writeStartObject();
      json.writeStringProperty("reason", why instanceof NoInvitation.NoSeats ? "no-seats"
          : why instanceof NoInvitation.NoCandidate ? "no-candidate" : "at-table-limit");
      json.writeStringProperty("text", Wording.noInvitation(why, organizations));
      json.writeEndObject();
    }
  }

  /**
   * Writes the event and session a roundtable plan is of as a property {@code event}: an object
   * with the event's {@code id}, {@code name}, {@code start} and {@code end}, the
   * {@code session}'s id and {@code title}, the {@code invited} cities' ids, and the cities
   * listed {@code apart}, each with its {@code city}, {@code name} (or {@code null} for an id
   * that is no city of the document) and {@code reason}.
   *
   * @param json the generator, inside the plan's object
   * @param scope the event's session
   * @param names the name of each city, {@code null} for an id with none
   */
  public static void event(JsonGenerator json, SessionScope scope,
      Function<CityId, String> names) {
    json.writeName("event");
    json.writeStartObject();
    json.writeStringProperty("id", scope.event().id().value());
    json.writeStringProperty("name", scope.event().name());
    json.writeStringProperty("start", scope.event().start().toString());
    json.writeStringProperty("end", scope.event().end().toString());
    json.writeStringProperty("session", scope.session().id().value());
    json.writeStringProperty("title", scope.session().title());
    ids(json, "invited", scope.invited());
    json.writeName("apart");
    json.writeStartArray();
    for (InvitedApart apart : scope.apart()) {
      json.writeStartObject();
      json.writeStringProperty("city", apart.city().value());
      String name = names.apply(apart.city());
      if (name == null) {
        json.writeNullProperty("name");
      } else {
        json.writeStringProperty("name", name);
      }
      json.writeStringProperty("reason", Wording.apart(apart));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Writes a partner match as an object.
   *
   * @param json the generator, where a value goes
   * @param match the match
   * @param organizations the name of each organization, or {@code null} to write no name
   */
  public static void match(JsonGenerator json, PartnerMatch match,
      Function<OrganizationId, String> organizations) {
    json.writeStartObject();
    json.writeStringProperty("organization", match.organization().value());
    if (organizations != null) {
      json.writeStringProperty("name", organizations.apply(match.organization()));
    }
    json.writeNumberProperty("score", match.score());
    json.writeNumberProperty("themeFit", match.themeFit());
    json.writeNumberProperty("supportFit", match.supportFit());
    ids(json, "themes", match.themes());
    json.writeName("support");
    json.writeStartArray();
    for (SupportType support : match.support()) {
      json.writeString(support.code());
    }
    json.writeEndArray();
    json.writeName("reasons");
    json.writeStartArray();
    for (String reason : match.reasons()) {
      json.writeString(reason);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
