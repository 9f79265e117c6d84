package dev.scap.report;

import dev.scap.analysis.event.ApartReason;
import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.GroupingMethod;
import dev.scap.analysis.partner.InvitationReason;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.NoInvitation;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.AdjustmentReason;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.ShortfallReason;
import dev.scap.analysis.timetable.Blocked;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Method;
import dev.scap.analysis.timetable.Shared;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The English words for what the analyses hold as data: how peer groups were made, why the
 * roundtable planner changed what was asked, why a city sits at fewer tables than allowed, and
 * why an organization is invited to a table or nobody is, and how many slots the timetable of
 * the tables takes and why a table fits in none.
 * Every renderer of scap (the report in each format, the command line's outputs) prints these
 * words, so that they read the same everywhere; option names in them ({@code min-seats}) are
 * the command line's. Stateless and thread-safe.
 */
public final class Wording {

  private Wording() {}

  /**
   * Words how peer groups were made: {@code "themes"}, {@code "components, threshold 0.5"},
   * {@code "hierarchical average, 3 groups"} or {@code "hierarchical average, threshold 0.5"}.
   *
   * @param method the method
   * @return its words, in lower case
   * @throws NullPointerException if {@code method} is {@code null}
   */
  public static String method(GroupingMethod method) {
    Objects.requireNonNull(method, "method");
    if (method instanceof GroupingMethod.Themes) {
      return "themes";
    } else if (method instanceof GroupingMethod.Components components) {
      return "components, threshold " + components.threshold();
    } else if (method instanceof GroupingMethod.HierarchicalGroups cut) {
      return "hierarchical " + cut.linkage().code() + ", " + cut.groups() + " groups";
    } else if (method instanceof GroupingMethod.HierarchicalThreshold cut) {
      return "hierarchical " + cut.linkage().code() + ", threshold " + cut.threshold();
    }
    throw new IllegalArgumentException("no words for " + method);
  }

  /**
   * Words why the planner changed what was asked of a theme, such as {@code "x is not hosted:
   * 3 cities can sit at it, fewer than the 4 seats a table needs; with min-seats 3, it could
   * be"}.
   *
   * @param adjustment the adjustment
   * @return one sentence, without a full stop
   * @throws NullPointerException if {@code adjustment} is {@code null}
   */
  public static String adjustment(Adjustment adjustment) {
    ThemeId theme = adjustment.theme();
    AdjustmentReason reason = adjustment.reason();
    if (reason instanceof AdjustmentReason.TableDropped dropped) {
      return "one table of " + theme + " dropped: with at most " + dropped.perCity()
          + (dropped.perCity() == 1 ? " table" : " tables") + " a city, the tables cannot all"
          + " fill " + Text.count(dropped.minSeats(), "seat", "seats") + "; " + theme + " has the fewest candidates"
          + " per table (" + dropped.candidates() + " for " + dropped.tables() + ")";
    } else if (reason instanceof AdjustmentReason.NoTableAsked) {
      return theme + " is not hosted: 0 tables were asked for it";
    } else if (reason instanceof AdjustmentReason.TooFewCandidates few) {
      int d = few.candidates();
      return theme + " is not hosted: " + cities(d) + " can sit at it, fewer than the "
          + Text.count(few.minSeats(), "seat", "seats") + " a table needs"
          + (d > 1 ? "; with min-seats " + d + ", it could be" : "");
    } else if (reason instanceof AdjustmentReason.FewerTablesThanAsked fewer) {
      return theme + " gets " + adjustment.tables() + " of the "
          + Text.count(fewer.asked(), "table", "tables") + " asked: its "
          + Text.count(fewer.candidates(), "candidate", "candidates") + " cannot fill "
          + Text.count(fewer.minSeats(), "seat", "seats") + " at more";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words why a city sits at fewer tables than allowed, such as {@code "its plan names only 1
   * hosted theme (x)"}; where too few cities can sit at its other themes, which and the
   * {@code min-seats} that would host the best of them.
   *
   * @param shortfall the shortfall
   * @return one sentence, without a full stop
   * @throws NullPointerException if {@code shortfall} is {@code null}
   */
  public static String shortfall(Shortfall shortfall) {
    ShortfallReason reason = shortfall.reason();
    if (reason instanceof ShortfallReason.NoPlan) {
      return "it has no plan";
    } else if (reason instanceof ShortfallReason.NoThemeOfTaxonomy none) {
      return "its plan names no theme of " + none.taxonomy();
    } else if (reason instanceof ShortfallReason.NoHostedTheme none) {
      return "its plan names no hosted theme" + tooFew(none.tooFew(), ": ", "its themes");
    } else if (reason instanceof ShortfallReason.OnlyHostedThemes only) {
      List<ThemeId> hosted = only.hosted();
      return "its plan names only " + hosted.size() + " hosted theme"
          + (hosted.size() == 1 ? "" : "s") + " (" + ids(hosted) + ")"
          + tooFew(only.tooFew(), "; ", "its other themes");
    } else if (reason instanceof ShortfallReason.TablesFull full) {
      return "the tables of " + ids(full.themes()) + " are full";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words an organization for a person: {@code "World Bank (world-bank)"}, or its id alone when
   * it has no name.
   *
   * @param organization the organization
   * @param names the name of each organization, {@code null} for none
   * @return its words
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String organization(OrganizationId organization,
      Function<OrganizationId, String> names) {
    String name = names.apply(organization);
    return name == null || name.equals(organization.value()) ? organization.value()
        : name + " (" + organization + ")";
  }

  /**
   * Words why an organization is invited to a table, such as {@code "partners Cebu City on
   * project cebu-city-bus-rapid-transit, on the table's theme"}, {@code "works on
   * traffic-safety"} or {@code "offers financing: 2 of 3 needs of the guests' projects on the
   * theme"}.
   *
   * @param reason the reason
   * @param cities the name of each city, {@code null} for none
   * @return one phrase, without a full stop
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String invitation(InvitationReason reason, Function<CityId, String> cities) {
    Objects.requireNonNull(reason, "reason");
    if (reason instanceof InvitationReason.AskedFor) {
      return "asked for";
    } else if (reason instanceof InvitationReason.PartnersProject project) {
      return "partners " + city(project.city(), cities) + " on project " + project.project()
          + (project.onTheme() ? ", on the table's theme" : ", on another theme");
    } else if (reason instanceof InvitationReason.PartnersPlan plan) {
      return "partners " + city(plan.city(), cities) + " in its plan " + plan.plan();
    } else if (reason instanceof InvitationReason.WorksOnTheme works) {
      return "works on " + works.theme();
    } else if (reason instanceof InvitationReason.OffersNeeds offers) {
      return "offers " + offers.types().stream().map(SupportType::code)
          .collect(Collectors.joining(", ")) + ": " + offers.met() + " of " + offers.needed()
          + " needs of the guests' projects on the theme";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words why an invited city is not seated at all: {@code "the document has no plan of it"}
   * or {@code "it is not a city of the document"}.
   *
   * @param apart the city listed apart
   * @return one sentence, without a full stop
   * @throws NullPointerException if {@code apart} is {@code null}
   */
  public static String apart(InvitedApart apart) {
    ApartReason reason = apart.reason();
    if (reason instanceof ApartReason.NoPlan) {
      return "the document has no plan of it";
    } else if (reason instanceof ApartReason.NotACity) {
      return "it is not a city of the document";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words which event and session a roundtable plan is of: {@code "event
   * wego-ascn-mayoral-conference-2019 (WeGO-ASCN Mayoral Conference, 2019-11-21 to
   * 2019-11-22), session mini-roundtables (Mini roundtables): 26 cities invited"}.
   *
   * @param scope the event's session
   * @return one phrase, without a full stop
   * @throws NullPointerException if {@code scope} is {@code null}
   */
  public static String event(SessionScope scope) {
    return "event " + scope.event().id() + " (" + scope.event().name() + ", "
        + (scope.event().start().equals(scope.event().end()) ? scope.event().start()
            : scope.event().start() + " to " + scope.event().end())
        + "), session " + scope.session().id() + " (" + scope.session().title() + "): "
        + cities(scope.invited().size()) + " invited";
  }

  /**
   * Words an invitee's reasons, joined by {@code "; "}.
   *
   * @param invitee the invitee
   * @param cities the name of each city, {@code null} for none
   * @return its reasons, in order
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String invitation(Invitee invitee, Function<CityId, String> cities) {
    return invitee.reasons().stream().map(r -> invitation(r, cities))
        .collect(Collectors.joining("; "));
  }

  /**
   * Words why a table invites nobody, such as {@code "no organization works on x or partners
   * a guest"}.
   *
   * @param why the reason
   * @param organizations the name of each organization, {@code null} for none
   * @return one sentence, without a full stop
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String noInvitation(NoInvitation why,
      Function<OrganizationId, String> organizations) {
    Objects.requireNonNull(why, "why");
    if (why instanceof NoInvitation.NoSeats) {
      return "no seat is offered to partners (partners 0) and none is asked for";
    } else if (why instanceof NoInvitation.NoCandidate none) {
      return "no organization works on " + none.theme() + " or partners a guest";
    } else if (why instanceof NoInvitation.AtTableLimit limit) {
      return "every candidate is already invited to " + tables(limit.limit())
          + ", its limit (partner-tables " + limit.limit() + "): "
          + organizations(limit.organizations(), organizations);
    }
    throw new IllegalArgumentException("no words for " + why);
  }

  /**
   * Words a tie at a table's last seat, such as {@code "adb, jica tie for the last of 3 seats:
   * all are invited"}; empty when the table has no tie.
   *
   * @param table the table's invitations
   * @param organizations the name of each organization, {@code null} for none
   * @return one sentence without a full stop, or an empty string
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String tie(TableInvitations table,
      Function<OrganizationId, String> organizations) {
    if (table.tied().isEmpty()) {
      return "";
    }
    return organizations(table.tied(), organizations) + " tie for the last of " + table.seats()
        + (table.seats() == 1 ? " seat" : " seats") + ": all are invited, "
        + table.ranked().size() + " in all";
  }

  /**
   * Words the candidates a table would have taken but that reached their limit of tables;
   * empty when there are none.
   *
   * @param table the table's invitations
   * @param organizations the name of each organization, {@code null} for none
   * @return one sentence without a full stop, or an empty string
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String atLimit(TableInvitations table,
      Function<OrganizationId, String> organizations) {
    if (table.atLimit().isEmpty()) {
      return "";
    }
    return "left out, at their limit of tables (partner-tables): "
        + organizations(table.atLimit(), organizations);
  }

  /**
   * Words why a candidate is left out of a table at which it would have had a seat.
   *
   * @return {@code "already invited to as many tables as partner-tables allows"}
   */
  public static String atLimit() {
    return "already invited to as many tables as partner-tables allows";
  }

  /**
   * Words why an unplaced table cannot go in one slot: {@code "slot 1: table 3 shares Da
   * Nang"} or {@code "slot 2: all 2 rooms are taken"}.
   *
   * @param blocked the reason
   * @param cities the name of each city, {@code null} for none
   * @param organizations the name of each organization, {@code null} for none
   * @return one phrase, without a full stop
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String blocked(Blocked blocked, Function<CityId, String> cities,
      Function<OrganizationId, String> organizations) {
    Objects.requireNonNull(cities, "cities");
    Objects.requireNonNull(organizations, "organizations");
    if (blocked instanceof Blocked.Clash clash) {
      return "slot " + clash.slot() + ": table " + clash.table() + " shares "
          + shared(clash.shared(), cities, organizations);
    }
    Blocked.Full full = (Blocked.Full) blocked;
    return "slot " + full.slot() + ": " + (full.rooms() == 1 ? "its one room is taken"
        : "all " + full.rooms() + " rooms are taken");
  }

  /**
   * Words why an unplaced table fits in no slot: its reason for each slot, joined by
   * {@code "; "}.
   *
   * @param unplaced the table
   * @param cities the name of each city, {@code null} for none
   * @param organizations the name of each organization, {@code null} for none
   * @return one phrase, without a full stop
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String unplaced(Unplaced unplaced, Function<CityId, String> cities,
      Function<OrganizationId, String> organizations) {
    return unplaced.slots().stream().map(b -> blocked(b, cities, organizations))
        .collect(Collectors.joining("; "));
  }

  /**
   * Words what two tables share: a city's name, or an organization's.
   *
   * @param shared what they share
   * @param cities the name of each city, {@code null} for none
   * @param organizations the name of each organization, {@code null} for none
   * @return the name
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String shared(Shared shared, Function<CityId, String> cities,
      Function<OrganizationId, String> organizations) {
    if (shared instanceof Shared.City city) {
      return city(city.city(), cities);
    }
    return organization(((Shared.Organization) shared).organization(), organizations);
  }

  /**
   * Words a timetable's slots and how sure their count is, such as {@code "3 slots (the
   * fewest: no timetable has fewer, since Da Nang sits at 3 tables)"}, {@code "4 slots, at
   * least 3 are needed (heuristic)"} or, when tables are left out, {@code "2 slots, 1 table
   * not placed; all the tables need 3 slots (the fewest: …)"}.
   *
   * @param timetable the timetable
   * @param meetings the tables it placed, as given to the timetabler, which tell why the lower
   *     bound holds
   * @param rooms the rooms given, 0 for unlimited rooms
   * @param cities the name of each city, {@code null} for none
   * @param organizations the name of each organization, {@code null} for none
   * @return one phrase, without a full stop
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String timetable(Timetable timetable, List<Meeting> meetings, int rooms,
      Function<CityId, String> cities, Function<OrganizationId, String> organizations) {
    if (meetings.isEmpty()) {
      return "no table to place";
    }
    String needed = slots(timetable.needed()) + (timetable.optimal()
        ? " (the fewest: no timetable has fewer, since " + lowerBound(timetable, meetings,
            rooms, cities, organizations) + ")"
        : ", at least " + timetable.lowerBound() + " "
            + (timetable.lowerBound() == 1 ? "is" : "are") + " needed (heuristic)");
    if (timetable.unplaced().isEmpty()) {
      return needed;
    }
    int left = timetable.unplaced().size();
    return slots(timetable.slots()) + ", " + tables(left) + " not placed; all the tables need "
        + needed;
  }

  /** Why no timetable has fewer slots than the timetable's lower bound, or than its count. */
  private static String lowerBound(Timetable timetable, List<Meeting> meetings, int rooms,
      Function<CityId, String> cities, Function<OrganizationId, String> organizations) {
    int bound = timetable.lowerBound();
    if (timetable.method() == Method.EXACT && bound < timetable.needed()) {
      return "an exact search tried every timetable of fewer";
    }
    if (bound <= 1) {
      return "every table needs a slot";
    }
    Map<CityId, Integer> byCity = new LinkedHashMap<>();
    Map<OrganizationId, Integer> byOrganization = new LinkedHashMap<>();
    for (Meeting meeting : meetings) {
      meeting.cities().stream().distinct().forEach(c -> byCity.merge(c, 1, Integer::sum));
      meeting.organizations().stream().distinct()
          .forEach(o -> byOrganization.merge(o, 1, Integer::sum));
    }
    // The cities and organizations in id order, as the timetabler looks for its first clique.
    CityId city = byCity.entrySet().stream().filter(e -> e.getValue() == bound)
        .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    if (city != null) {
      return city(city, cities) + " sits at " + tables(bound);
    }
    OrganizationId organization = byOrganization.entrySet().stream()
        .filter(e -> e.getValue() == bound).map(Map.Entry::getKey).sorted().findFirst()
        .orElse(null);
    if (organization != null) {
      return organization(organization, organizations) + " is invited to " + tables(bound);
    }
    if (rooms > 0 && (meetings.size() + rooms - 1) / rooms == bound) {
      return tables(meetings.size()) + " in " + rooms + (rooms == 1 ? " room" : " rooms")
          + " need " + slots(bound);
    }
    return tables(bound) + " each share a city or a partner with each other";
  }

  private static String slots(int count) {
    return Text.count(count, "slot", "slots");
  }

  private static String organizations(List<OrganizationId> ids,
      Function<OrganizationId, String> names) {
    return ids.stream().map(id -> organization(id, names)).collect(Collectors.joining(", "));
  }

  private static String city(CityId city, Function<CityId, String> names) {
    String name = names.apply(city);
    return name == null ? city.value() : name;
  }

  private static String tables(int count) {
    return Text.count(count, "table", "tables");
  }

  private static String tooFew(ShortfallReason.TooFewCities tooFew, String separator,
      String themes) {
    if (tooFew.isEmpty()) {
      return "";
    }
    int most = tooFew.most();
    String best = ids(tooFew.best());
    String which = tooFew.themes().size() == 1 ? "only " + cities(most) + " can sit at " + best
        : "at most " + cities(most) + " can sit at any of " + themes + " ("
            + ids(tooFew.themes()) + ")";
    // One city alone is no roundtable: no min-seats to suggest then.
    return separator + which + ", fewer than the "
        + Text.count(tooFew.minSeats(), "seat", "seats") + " a table needs"
        + (most > 1 ? "; with min-seats " + most + ", " + best + " could be hosted" : "");
  }

  private static String ids(List<ThemeId> themes) {
    return themes.stream().map(ThemeId::value).collect(Collectors.joining(", "));
  }

  private static String cities(int count) {
    return Text.count(count, "city", "cities");
  }
}
