package dev.scap.analysis.partner;

import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.InvitationReason.AskedFor;
import dev.scap.analysis.partner.InvitationReason.OffersNeeds;
import dev.scap.analysis.partner.InvitationReason.PartnersPlan;
import dev.scap.analysis.partner.InvitationReason.PartnersProject;
import dev.scap.analysis.partner.InvitationReason.WorksOnTheme;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.CityId;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Partner;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Invites organizations to the tables of a roundtable plan, on what the document knows of
 * them and of the guests (docs/CLI.md, "Invitations to a roundtable's tables").
 *
 * <p>For a table, an organization stands by four criteria compared in order ({@link Standing}):
 * the guests it is a partner of on a project on the table's theme; the other guests it is a
 * partner of (another project, or the plan's own partners); whether it works on the theme;
 * the exact share of the needs stated by the guests' projects on the theme that it offers.
 * Candidates are the organizations above 0 on one of the first three. Seats are given by one
 * greedy pass over every (table, candidate) pair, strongest first, then by table number, then
 * by organization id: a pair is taken if its organization is at fewer tables than its limit
 * and its table has fewer ranked invitees than seats, or ties with its table's last seat. So a
 * tie at the last seat is never cut: every candidate in it is invited and listed as tied.
 * Organizations asked for are invited to every table first, outside seats and limits.
 *
 * <p>Only the organizations a guest's plan names, those working on the table's theme and those
 * asked for are assessed at a table: O(t·(g·p + c·n + c·log(t·c))) time for t tables, g
 * guests a table, p projects and partners a plan, c candidates a table and n support types;
 * O(t·c) memory. Stateless and thread-safe.
 */
public final class Invitations {

  private Invitations() {}

  /**
   * Invites organizations to every table of a plan.
   *
   * @param overlap the profiles the plan was made from: their themes and roll-up map the
   *     organizations' and projects' themes onto the tables'
   * @param plan the plan
   * @param options the seats, the organizations asked for and the limit per organization
   * @return one entry per table, in the plan's order
   * @throws IllegalArgumentException if an organization asked for is not in the document
   * @throws NullPointerException if an argument is {@code null}
   */
  public static List<TableInvitations> forTables(ThemeOverlap overlap, RoundtablePlan plan,
      InvitationOptions options) {
    Weighing weighing = new Weighing(overlap, options);
    List<Table> tables = plan.tables();
    // Each table's candidates depend on that table alone: they are assessed on every core,
    // from maps that are only read meanwhile, and gathered in the plan's order.
    List<Assessed> assessed = IntStream.range(0, tables.size()).parallel()
        .mapToObj(t -> weighing.assess(t, tables.get(t))).toList();

    // One greedy pass over every (table, candidate) pair but those asked for, strongest first.
    List<Candidate> pairs = new ArrayList<>();
    for (Assessed at : assessed) {
      for (Candidate candidate : at.candidates()) {
        if (!weighing.askedFor[candidate.organization()]) {
          pairs.add(candidate);
        }
      }
    }
    pairs.sort(weighing.strongestFirst);
    int[] tablesOf = new int[weighing.weighed.size()];
    List<List<Candidate>> taken = new ArrayList<>();
    List<List<OrganizationId>> atLimit = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      taken.add(new ArrayList<>());
      atLimit.add(new ArrayList<>());
    }
    for (Candidate pair : pairs) {
      List<Candidate> seated = taken.get(pair.index());
      boolean room = seated.size() < options.seats() || (options.seats() > 0
          && seated.get(options.seats() - 1).standing().compareTo(pair.standing()) == 0);
      if (!room) {
        continue;
      }
      int o = pair.organization();
      if (tablesOf[o] >= options.tablesPerPartner()) {
        atLimit.get(pair.index()).add(weighing.id(o));
        continue;
      }
      tablesOf[o]++;
      seated.add(pair);
    }

    List<TableInvitations> result = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      result.add(weighing.invitations(assessed.get(t), taken.get(t), atLimit.get(t)));
    }
    return List.copyOf(result);
  }

  /**
   * A candidate at a table: the table's index and number, the organization's position and its
   * standing there.
   */
  private record Candidate(int index, int number, int organization, Standing standing) {}

  private static final int[] NONE = {};

  /** A table's candidates, and the facts their reasons are written from. */
  private record Assessed(Table table, Map<SupportType, Integer> needs, Map<Integer, Ties> ties,
      List<Candidate> candidates) {}

  /**
   * The organizations weighed at every table of one call, each by its position, and what is
   * looked up once for all tables: what each offers, whether it was asked for, and the
   * organizations working on each theme. Read-only once made.
   */
  private static final class Weighing {
    final ThemeOverlap overlap;
    final InvitationOptions options;
    final ThemeMapping mapping;
    final Map<PlanId, Plan> plans = new HashMap<>();
    final List<Organization> weighed;
    final List<Set<SupportType>> offers;
    final boolean[] askedFor;
    /** The positions of the organizations asked for, ascending. */
    final int[] asked;
    final Map<OrganizationId, Integer> position = new HashMap<>();
    /** The positions of the organizations working on each theme, ascending. */
    final Map<ThemeId, int[]> workers = new HashMap<>();
    /** The order of the greedy pass: strongest first, then by table number, then by id. */
    final Comparator<Candidate> strongestFirst;

    Weighing(ThemeOverlap overlap, InvitationOptions options) {
      this.overlap = overlap;
      this.options = options;
      ScapDocument document = overlap.document();
      mapping = new ThemeMapping(overlap);
      Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
      document.organizations().forEach(o -> organizations.putIfAbsent(o.id(), o));
      for (OrganizationId asked : options.asked()) {
        if (!organizations.containsKey(asked)) {
          throw new IllegalArgumentException("organization " + asked
              + " is not in the document");
        }
      }
      document.plans().forEach(p -> plans.putIfAbsent(p.id(), p));
      Map<Organization, Set<ThemeId>> worksOn = PartnerMatcher.worksOn(overlap, mapping);
      weighed = List.copyOf(organizations.values());
      offers = weighed.stream()
          .map(o -> o.offers().isEmpty() ? Set.<SupportType>of() : EnumSet.copyOf(o.offers()))
          .toList();
      askedFor = new boolean[weighed.size()];
      Map<ThemeId, List<Integer>> working = new HashMap<>();
      for (int o = 0; o < weighed.size(); o++) {
        askedFor[o] = options.asked().contains(weighed.get(o).id());
        position.put(weighed.get(o).id(), o);
        for (ThemeId theme : worksOn.get(weighed.get(o))) {
          working.computeIfAbsent(theme, k -> new ArrayList<>()).add(o);
        }
      }
      asked = IntStream.range(0, weighed.size()).filter(o -> askedFor[o]).toArray();
      working.forEach((theme, list) ->
          workers.put(theme, list.stream().mapToInt(Integer::intValue).toArray()));
      int[] idRank = ranks(weighed);
      strongestFirst = (p, q) -> {
        int order = q.standing().compareTo(p.standing());
        if (order == 0) {
          order = Integer.compare(p.number(), q.number());
        }
        return order != 0 ? order
            : Integer.compare(idRank[p.organization()], idRank[q.organization()]);
      };
    }

    OrganizationId id(int organization) {
      return weighed.get(organization).id();
    }

    /**
     * The candidates at table t. Only the organizations a guest's plan names, those working on
     * the theme and those asked for can be candidates, so only they are assessed. With no limit
     * per organization, none is turned away at its limit, so a table seats the strongest of its
     * own candidates and those tied with its last seat: the others are left out of the pass
     * over every table. Those asked for sit outside the seats and are all kept.
     */
    Assessed assess(int t, Table table) {
      Map<CityId, Plan> guests = new LinkedHashMap<>();
      for (CityId guest : table.guests()) {
        guests.put(guest, overlap.profile(guest).map(CityProfile::plan).map(plans::get)
            .orElse(null));
      }
      List<Project> themeProjects = new ArrayList<>();
      Map<Integer, Ties> ties = partnerships(guests, table.theme(), mapping, position,
          themeProjects);
      Map<SupportType, Integer> needs = PartnerMatcher.needs(themeProjects);
      int stated = PartnerMatcher.needed(needs);
      int[] themeWorkers = workers.getOrDefault(table.theme(), NONE);
      // Those a guest's plan names, those working on the theme and those asked for, ascending
      int[] assessed = new int[ties.size() + themeWorkers.length + asked.length];
      int size = 0;
      for (int o : ties.keySet()) {
        assessed[size++] = o;
      }
      System.arraycopy(themeWorkers, 0, assessed, size, themeWorkers.length);
      System.arraycopy(asked, 0, assessed, size + themeWorkers.length, asked.length);
      Arrays.sort(assessed);
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < assessed.length; i++) {
        int o = assessed[i];
        if (i > 0 && o == assessed[i - 1]) {
          continue;
        }
        Ties tied = ties.getOrDefault(o, Ties.NONE);
        Standing standing = new Standing(tied.themeGuests(), tied.otherGuests(),
            Arrays.binarySearch(themeWorkers, o) >= 0, PartnerMatcher.met(offers.get(o), needs),
            stated);
        if (standing.isCandidate() || askedFor[o]) {
          candidates.add(new Candidate(t, table.number(), o, standing));
        }
      }
      if (options.tablesPerPartner() == InvitationOptions.UNLIMITED) {
        candidates.sort(strongestFirst);
        List<Candidate> kept = new ArrayList<>();
        Standing last = null;
        int seated = 0;
        for (Candidate c : candidates) {
          if (askedFor[c.organization()]) {
            kept.add(c);
          } else if (seated < options.seats()
              || seated > 0 && c.standing().compareTo(last) == 0) {
            kept.add(c);
            last = c.standing();
            seated++;
          }
        }
        candidates = kept;
      }
      return new Assessed(table, needs, ties, candidates);
    }

    /**
     * A table's invitations: those asked for, then those seated, each with the reasons for
     * its standing, written from the same facts it was ranked by.
     */
    TableInvitations invitations(Assessed at, List<Candidate> seated,
        List<OrganizationId> atLimit) {
      Table table = at.table();
      Function<Candidate, Invitee> reasons = c -> invitee(weighed.get(c.organization()),
          table.theme(), at.ties().getOrDefault(c.organization(), Ties.NONE), at.needs(),
          c.standing(), askedFor[c.organization()]);
      List<Invitee> invited = new ArrayList<>();
      for (OrganizationId asked : options.asked()) {
        at.candidates().stream().filter(c -> id(c.organization()).equals(asked))
            .map(reasons).forEach(invited::add);
      }
      seated.stream().map(reasons).forEach(invited::add);
      List<OrganizationId> tied = new ArrayList<>();
      if (seated.size() > options.seats()) {
        Standing last = seated.get(options.seats() - 1).standing();
        seated.stream().filter(c -> c.standing().compareTo(last) == 0)
            .forEach(c -> tied.add(id(c.organization())));
      }
      NoInvitation why = null;
      if (invited.isEmpty()) {
        if (options.seats() == 0) {
          why = new NoInvitation.NoSeats();
        } else if (atLimit.isEmpty()) {
          why = new NoInvitation.NoCandidate(table.theme());
        } else {
          why = new NoInvitation.AtTableLimit(atLimit, options.tablesPerPartner());
        }
      }
      return new TableInvitations(table.number(), table.theme(), options.seats(), invited,
          tied, atLimit, why);
    }
  }

  /** Each organization's place among the organizations' ids in string order. */
  private static int[] ranks(List<Organization> organizations) {
    Integer[] order = new Integer[organizations.size()];
    for (int o = 0; o < order.length; o++) {
      order[o] = o;
    }
    Arrays.sort(order, Comparator.comparing(o -> organizations.get(o).id().value()));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  /**
   * An organization's partnerships with a table's guests: the reasons they give, in the order
   * of the guests and of their projects, and how many guests they count on the theme and
   * elsewhere.
   */
  private record Ties(List<InvitationReason> reasons, int themeGuests, int otherGuests) {
    static final Ties NONE = new Ties(List.of(), 0, 0);
  }

  /**
   * The partnerships of every organization a guest's plan names, by the organization's
   * position: a guest counts on the theme if the organization is a partner of one of its
   * projects on the theme, else elsewhere if of another project or of the plan itself. Adds the
   * guests' projects on the theme, in order, to {@code themeProjects}.
   */
  private static Map<Integer, Ties> partnerships(Map<CityId, Plan> guests, ThemeId theme,
      ThemeMapping mapping, Map<OrganizationId, Integer> position, List<Project> themeProjects) {
    Map<Integer, List<InvitationReason>> reasons = new HashMap<>();
    Map<Integer, int[]> counts = new HashMap<>();
    for (Map.Entry<CityId, Plan> guest : guests.entrySet()) {
      Plan plan = guest.getValue();
      if (plan == null) {
        continue;
      }
      // Per organization named by this guest: whether on the theme, whether elsewhere.
      Map<Integer, boolean[]> named = new LinkedHashMap<>();
      for (Project project : plan.projects()) {
        boolean on = onTheme(project, theme, mapping);
        if (on) {
          themeProjects.add(project);
        }
        Set<Integer> seen = new HashSet<>();
        for (Partner partner : project.partners()) {
          Integer o = position.get(partner.organization());
          if (o != null && seen.add(o)) {
            reasons.computeIfAbsent(o, k -> new ArrayList<>())
                .add(new PartnersProject(guest.getKey(), project.id(), on));
            boolean[] where = named.computeIfAbsent(o, k -> new boolean[2]);
            where[0] |= on;
            where[1] |= !on;
          }
        }
      }
      for (Partner partner : plan.partners()) {
        Integer o = position.get(partner.organization());
        if (o != null && !named.containsKey(o)) {
          reasons.computeIfAbsent(o, k -> new ArrayList<>())
              .add(new PartnersPlan(guest.getKey(), plan.id()));
          named.put(o, new boolean[] {false, true});
        }
      }
      named.forEach((o, where) -> {
        int[] count = counts.computeIfAbsent(o, k -> new int[2]);
        count[where[0] ? 0 : 1]++;
      });
    }
    Map<Integer, Ties> ties = new HashMap<>();
    reasons.forEach((o, list) -> {
      int[] count = counts.get(o);
      ties.put(o, new Ties(list, count[0], count[1]));
    });
    return ties;
  }

  /** An organization invited to a table, with the reasons for its standing there. */
  private static Invitee invitee(Organization organization, ThemeId theme, Ties ties,
      Map<SupportType, Integer> needs, Standing standing, boolean asked) {
    List<InvitationReason> reasons = new ArrayList<>();
    if (asked) {
      reasons.add(new AskedFor());
    }
    reasons.addAll(ties.reasons());
    if (standing.worksOnTheme()) {
      reasons.add(new WorksOnTheme(theme));
    }
    if (standing.needsMet() > 0) {
      List<SupportType> offered = new ArrayList<>();
      for (SupportType need : needs.keySet()) {
        if (organization.offers().contains(need)) {
          offered.add(need);
        }
      }
      reasons.add(new OffersNeeds(offered, standing.needsMet(), standing.needsStated()));
    }
    return new Invitee(organization.id(), standing, reasons);
  }

  private static boolean onTheme(Project project, ThemeId theme, ThemeMapping mapping) {
    for (ThemeId t : project.themes()) {
      if (theme.equals(mapping.of(t))) {
        return true;
      }
    }
    return false;
  }
}
