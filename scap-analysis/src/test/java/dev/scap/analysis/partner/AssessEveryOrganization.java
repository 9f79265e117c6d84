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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The invitations of docs/CLI.md computed the plain way, for tests to hold {@link Invitations}
 * to: every organization is assessed at every table, by reading every guest's projects and
 * partners for it.
 */
final class AssessEveryOrganization {

  private AssessEveryOrganization() {}

  /** The invitations to every table of a plan, as {@link Invitations#forTables}. */
  static List<TableInvitations> forTables(ThemeOverlap overlap, RoundtablePlan plan,
      InvitationOptions options) {
    ScapDocument document = overlap.document();
    ThemeMapping mapping = new ThemeMapping(overlap);
    Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    document.organizations().forEach(o -> organizations.putIfAbsent(o.id(), o));
    for (OrganizationId asked : options.asked()) {
      if (!organizations.containsKey(asked)) {
        throw new IllegalArgumentException("organization " + asked + " is not in the document");
      }
    }
    Map<PlanId, Plan> plans = new HashMap<>();
    document.plans().forEach(p -> plans.putIfAbsent(p.id(), p));
    Map<Organization, Set<ThemeId>> worksOn = PartnerMatcher.worksOn(overlap, mapping);

    // The same organizations are weighed at every table: what each works on, and whether it
    // was asked for, are looked up once.
    List<Organization> weighed = List.copyOf(organizations.values());
    List<Set<ThemeId>> works = weighed.stream().map(worksOn::get).toList();
    boolean[] askedFor = new boolean[weighed.size()];
    for (int o = 0; o < askedFor.length; o++) {
      askedFor[o] = options.asked().contains(weighed.get(o).id());
    }
    List<Table> tables = plan.tables();
    // Each table's candidates depend on that table alone: they are assessed on every core,
    // from maps that are only read meanwhile, and gathered in the plan's order.
    List<List<Invitee>> candidates = IntStream.range(0, tables.size()).parallel()
        .mapToObj(t -> {
          Table table = tables.get(t);
          Map<CityId, Plan> guests = new LinkedHashMap<>();
          for (CityId guest : table.guests()) {
            guests.put(guest, overlap.profile(guest).map(CityProfile::plan).map(plans::get)
                .orElse(null));
          }
          List<Project> themeProjects = new ArrayList<>();
          guests.values().forEach(p -> {
            if (p != null) {
              p.projects().stream().filter(project -> onTheme(project, table.theme(), mapping))
                  .forEach(themeProjects::add);
            }
          });
          Map<SupportType, Integer> needs = PartnerMatcher.needs(themeProjects);
          List<Invitee> atTable = new ArrayList<>();
          for (int o = 0; o < weighed.size(); o++) {
            Invitee invitee = assess(weighed.get(o), table.theme(), guests, needs, mapping,
                works.get(o), askedFor[o]);
            if (invitee != null) {
              atTable.add(invitee);
            }
          }
          return atTable;
        }).toList();
    List<Pair> pairs = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      for (Invitee invitee : candidates.get(t)) {
        if (!invitee.asked()) {
          pairs.add(new Pair(t, tables.get(t).number(), invitee));
        }
      }
    }

    pairs.sort(Comparator.comparing((Pair p) -> p.invitee().standing()).reversed()
        .thenComparingInt(Pair::number)
        .thenComparing(p -> p.invitee().organization().value()));
    Map<OrganizationId, Integer> tablesOf = new HashMap<>();
    List<List<Invitee>> taken = new ArrayList<>();
    List<List<OrganizationId>> atLimit = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      taken.add(new ArrayList<>());
      atLimit.add(new ArrayList<>());
    }
    for (Pair pair : pairs) {
      List<Invitee> seated = taken.get(pair.index());
      boolean room = seated.size() < options.seats() || (options.seats() > 0
          && seated.get(options.seats() - 1).standing()
              .compareTo(pair.invitee().standing()) == 0);
      if (!room) {
        continue;
      }
      OrganizationId id = pair.invitee().organization();
      if (tablesOf.getOrDefault(id, 0) >= options.tablesPerPartner()) {
        atLimit.get(pair.index()).add(id);
        continue;
      }
      tablesOf.merge(id, 1, Integer::sum);
      seated.add(pair.invitee());
    }

    List<TableInvitations> result = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      List<Invitee> invited = new ArrayList<>();
      for (OrganizationId asked : options.asked()) {
        candidates.get(t).stream().filter(i -> i.organization().equals(asked))
            .forEach(invited::add);
      }
      List<Invitee> seated = taken.get(t);
      invited.addAll(seated);
      List<OrganizationId> tied = new ArrayList<>();
      if (seated.size() > options.seats()) {
        Standing last = seated.get(options.seats() - 1).standing();
        seated.stream().filter(i -> i.standing().compareTo(last) == 0)
            .forEach(i -> tied.add(i.organization()));
      }
      NoInvitation why = null;
      if (invited.isEmpty()) {
        if (options.seats() == 0) {
          why = new NoInvitation.NoSeats();
        } else if (atLimit.get(t).isEmpty()) {
          why = new NoInvitation.NoCandidate(table.theme());
        } else {
          why = new NoInvitation.AtTableLimit(atLimit.get(t), options.tablesPerPartner());
        }
      }
      result.add(new TableInvitations(table.number(), table.theme(), options.seats(), invited,
          tied, atLimit.get(t), why));
    }
    return List.copyOf(result);
  }

  /** A candidate at a table: the table's index and number, and the candidate. */
  private record Pair(int index, int number, Invitee invitee) {}

  /**
   * Where an organization stands at a table and why; {@code null} if it is neither a candidate
   * nor asked for.
   */
  private static Invitee assess(Organization organization, ThemeId theme,
      Map<CityId, Plan> guests, Map<SupportType, Integer> needs, ThemeMapping mapping,
      Set<ThemeId> worksOn, boolean asked) {
    List<InvitationReason> reasons = new ArrayList<>();
    if (asked) {
      reasons.add(new AskedFor());
    }
    OrganizationId id = organization.id();
    int themeGuests = 0;
    int otherGuests = 0;
    for (Map.Entry<CityId, Plan> guest : guests.entrySet()) {
      Plan plan = guest.getValue();
      if (plan == null) {
        continue;
      }
      boolean onTheme = false;
      boolean elsewhere = false;
      for (Project project : plan.projects()) {
        if (partners(project.partners(), id)) {
          boolean on = onTheme(project, theme, mapping);
          reasons.add(new PartnersProject(guest.getKey(), project.id(), on));
          onTheme |= on;
          elsewhere |= !on;
        }
      }
      if (!onTheme && !elsewhere && partners(plan.partners(), id)) {
        reasons.add(new PartnersPlan(guest.getKey(), plan.id()));
        elsewhere = true;
      }
      if (onTheme) {
        themeGuests++;
      } else if (elsewhere) {
        otherGuests++;
      }
    }
    boolean works = worksOn.contains(theme);
    if (works) {
      reasons.add(new WorksOnTheme(theme));
    }
    int needed = 0;
    int met = 0;
    List<SupportType> offered = new ArrayList<>();
    for (Map.Entry<SupportType, Integer> need : needs.entrySet()) {
      needed += need.getValue();
      if (organization.offers().contains(need.getKey())) {
        met += need.getValue();
        offered.add(need.getKey());
      }
    }
    Standing standing = new Standing(themeGuests, otherGuests, works, met, needed);
    if (!standing.isCandidate() && !asked) {
      return null;
    }
    if (met > 0) {
      reasons.add(new OffersNeeds(offered, met, needed));
    }
    if (reasons.isEmpty()) {
      return null;
    }
    return new Invitee(id, standing, reasons);
  }

  private static boolean partners(List<Partner> partners, OrganizationId organization) {
    for (Partner partner : partners) {
      if (partner.organization().equals(organization)) {
        return true;
      }
    }
    return false;
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
