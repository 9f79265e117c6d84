package dev.scap.report;

import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.InvitationReason;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Blocked;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Shared;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import dev.scap.report.internal.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sheets organisers hand out at a roundtable session: one per table (its theme, slot and
 * room, its guests with their country and their plan's projects on the theme, the partners
 * invited and why) and one per city (its tables in slot order, with theme, slot and room, its
 * peers at each and the partners it meets there), in Markdown and as one self-contained HTML
 * page that prints each sheet on a page of its own.
 *
 * <p>A city's sheet is written for each city seated, and for each city the plan leaves without
 * a table, saying why: for an event, each invited city, in the event's order, those that cannot
 * be seated ({@link SessionScope#apart()}) included; for a plan of the whole document, each city
 * seated or listed as a shortfall, in the document's order. A guest's projects on a table's
 * theme are those of the plan its profile was made from whose themes are the table's theme or
 * narrower themes under it. The words of the reasons are {@link Wording}'s, as every output of
 * scap words them.
 *
 * <p>The same sheets give the same bytes. Immutable and thread-safe.
 *
 * @param document the whole document, for the names and countries of the cities, the plans
 *     and projects, and the labels of the themes
 * @param scope the event's session the plan is of; {@code null} for a plan of the whole
 *     document, whose sheets then have no event header
 * @param overlap the profiles the plan was made from: each city's plan is the one its profile
 *     names
 * @param plan the roundtable plan
 * @param invitations the invitations to each table of the plan, as
 *     {@code Invitations.forTables} gives them
 * @param timetable the slots and rooms of the tables; a table it does not place is said to be
 *     not placed, with why
 * @param cities the name to print for each city id; an id without one is printed as is
 * @param organizations the name to print for each organization id
 */
public record ConferenceSheets(ScapDocument document, SessionScope scope, ThemeOverlap overlap,
    RoundtablePlan plan, List<TableInvitations> invitations, Timetable timetable,
    Map<CityId, String> cities, Map<OrganizationId, String> organizations) {

  /** What starts a list at the start of a line: {@code 12.}, {@code 3)}, {@code -}, {@code +}. */
  private static final Pattern LIST_MARKER = Pattern.compile("(\\d*)[.)+-](?:\\s|$)");

  private static final String CSS = """
      @page { size: A4; margin: 14mm; }
      :root { color-scheme: light; }
      body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 2rem 3rem;
        font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          "Noto Sans", "DejaVu Sans", sans-serif;
        color: #1b1f24; background: #ffffff; }
      h1 { font-size: 1.75rem; margin: 0 0 .4rem; }
      h2 { font-size: 1.5rem; color: #08306b; border-bottom: 3px solid #08306b;
        padding-bottom: .2rem; margin: 0 0 .6rem; }
      h3 { font-size: 1.05rem; margin: 1.1rem 0 .3rem; }
      p { margin: .4rem 0; }
      ul { margin: .2rem 0 .6rem; padding-left: 1.3rem; }
      li { margin: .15rem 0; }
      ul ul { margin: .1rem 0; color: #4a5560; }
      a { color: #08519c; }
      nav ol { margin: .3rem 0 .8rem; padding-left: 1.6rem; columns: 2; }
      .cover, .sheet { break-after: page; page-break-after: always; }
      .sheet { border-top: 1px solid #c6dbef; padding-top: 1.2rem; margin-top: 2rem; }
      .when { font-size: 1.1rem; font-weight: 600; background: #eef3f8; padding: .3rem .6rem;
        border-left: 4px solid #08306b; }
      @media (max-width: 600px) {
        body { padding: .8rem .7rem 2rem; font-size: 14px; }
        h1 { font-size: 1.35rem; }
        h2 { font-size: 1.25rem; }
        nav ol { columns: 1; }
      }
      @media print {
        body { max-width: none; padding: 0; font-size: 11pt; }
        .sheet { border-top: none; padding-top: 0; margin-top: 0; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        li { break-inside: avoid; }
        a { color: inherit; text-decoration: none; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  /**
   * Creates the sheets.
   *
   * @param document the document
   * @param scope the event's session, or {@code null}
   * @param overlap the profiles
   * @param plan the plan
   * @param invitations the invitations, one entry per table of the plan
   * @param timetable the timetable
   * @param cities the names of the cities
   * @param organizations the names of the organizations
   * @throws NullPointerException if an argument but {@code scope} is or holds {@code null}
   * @throws IllegalArgumentException if {@code invitations} lacks a table of the plan or gives
   *     one twice
   */
  public ConferenceSheets {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(timetable, "timetable");
    invitations = List.copyOf(invitations);
    cities = Map.copyOf(cities);
    organizations = Map.copyOf(organizations);
    Set<Integer> given = new HashSet<>();
    for (TableInvitations entry : invitations) {
      if (!given.add(entry.table())) {
        throw new IllegalArgumentException("the invitations of table " + entry.table()
            + " are given twice");
      }
    }
    for (Table table : plan.tables()) {
      if (!given.contains(table.number())) {
        throw new IllegalArgumentException("no invitations are given for table "
            + table.number());
      }
    }
  }

  /**
   * Creates the sheets with the names the document gives its cities and organizations (the
   * first of a repeated id).
   *
   * @param document the document
   * @param scope the event's session, or {@code null} for a plan of the whole document
   * @param overlap the profiles the plan was made from
   * @param plan the plan
   * @param invitations the invitations, one entry per table of the plan
   * @param timetable the timetable
   * @return the sheets
   * @throws NullPointerException if an argument but {@code scope} is or holds {@code null}
   * @throws IllegalArgumentException if {@code invitations} lacks a table of the plan or gives
   *     one twice
   */
  public static ConferenceSheets of(ScapDocument document, SessionScope scope,
      ThemeOverlap overlap, RoundtablePlan plan, List<TableInvitations> invitations,
      Timetable timetable) {
    Map<CityId, String> cities = new HashMap<>();
    for (City city : document.cities()) {
      cities.putIfAbsent(city.id(), city.name());
    }
    Map<OrganizationId, String> organizations = new HashMap<>();
    for (Organization organization : document.organizations()) {
      organizations.putIfAbsent(organization.id(), organization.name());
    }
    return new ConferenceSheets(document, scope, overlap, plan, invitations, timetable, cities,
        organizations);
  }

  /**
   * Writes the sheets as Markdown: a title (for an event, its name, dates, venue and session),
   * then a {@code ## Table N: theme} section per table in table order, then a
   * {@code ## City} section per city. Text from the document is escaped.
   *
   * @return the Markdown, ending with a line feed
   */
  public String markdown() {
    Handout handout = handout();
    StringBuilder out = new StringBuilder(1 << 14);
    out.append("# ").append(md(handout.title())).append("\n\n");
    for (String line : handout.intro()) {
      out.append(md(line)).append("\n\n");
    }
    for (Sheet sheet : handout.sheets()) {
      out.append("## ").append(md(sheet.heading())).append("\n\n");
      for (Block block : sheet.blocks()) {
        if (block instanceof Heading heading) {
          out.append("### ").append(md(heading.text())).append("\n\n");
        } else if (block instanceof Para para) {
          out.append(para.strong() ? "**" + md(para.text()) + "**"
              : md(para.text())).append("\n\n");
        } else if (block instanceof Items items) {
          out.append(md(items.caption())).append("\n\n");
          for (Item item : items.items()) {
            out.append("- ").append(md(item.text())).append('\n');
            for (String sub : item.sub()) {
              out.append("  - ").append(md(sub)).append('\n');
            }
          }
          out.append('\n');
        }
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /**
   * Writes the sheets as one self-contained HTML page: inline CSS and nothing to fetch (a
   * Content-Security-Policy forbids it), no script; a title with a table of contents, then each
   * sheet a {@code <section class="sheet">} that prints on a page of its own
   * ({@code break-after: page}), with a layout for narrow screens. Every text from the document
   * is escaped, and the page is well-formed XML once its {@code <!DOCTYPE html>} line is
   * removed.
   *
   * @return the page, ending with a line feed
   */
  public String html() {
    Handout handout = handout();
    StringBuilder out = new StringBuilder(1 << 15);
    out.append("<!DOCTYPE html>\n");
    out.append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'\"/>\n");
    out.append("<title>").append(Text.html(handout.title())).append("</title>\n");
    out.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<section class=\"cover\">\n<h1>").append(Text.html(handout.title()))
        .append("</h1>\n");
    for (String line : handout.intro()) {
      out.append("<p>").append(Text.html(line)).append("</p>\n");
    }
    contents(out, handout, "table", "Tables");
    contents(out, handout, "city", "Cities");
    out.append("</section>\n");
    for (Sheet sheet : handout.sheets()) {
      out.append("<section class=\"sheet\" id=\"").append(sheet.id()).append("\">\n<h2>")
          .append(Text.html(sheet.heading())).append("</h2>\n");
      for (Block block : sheet.blocks()) {
        if (block instanceof Heading heading) {
          out.append("<h3>").append(Text.html(heading.text())).append("</h3>\n");
        } else if (block instanceof Para para) {
          out.append(para.strong() ? "<p class=\"when\">" : "<p>")
              .append(Text.html(para.text())).append("</p>\n");
        } else if (block instanceof Items items) {
          out.append("<p>").append(Text.html(items.caption())).append("</p>\n<ul>\n");
          for (Item item : items.items()) {
            out.append("<li>").append(Text.html(item.text()));
            if (!item.sub().isEmpty()) {
              out.append("\n<ul>\n");
              for (String sub : item.sub()) {
                out.append("<li>").append(Text.html(sub)).append("</li>\n");
              }
              out.append("</ul>\n");
            }
            out.append("</li>\n");
          }
          out.append("</ul>\n");
        }
      }
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Escapes text for Markdown, and a list marker at its start too ({@code 1.}, {@code -},
   * {@code +}), which would otherwise start a list where the text starts a line or an item.
   */
  private static String md(String text) {
    String escaped = Text.markdown(text);
    Matcher marker = LIST_MARKER.matcher(escaped);
    return marker.lookingAt() ? marker.group(1) + "\\" + escaped.substring(marker.end(1))
        : escaped;
  }

  private static void contents(StringBuilder out, Handout handout, String kind, String title) {
    List<Sheet> sheets = handout.sheets().stream().filter(s -> s.id().startsWith(kind + "-"))
        .toList();
    if (sheets.isEmpty()) {
      return;
    }
    out.append("<nav>\n<h3>").append(title).append("</h3>\n<ol>\n");
    for (Sheet sheet : sheets) {
      out.append("<li><a href=\"#").append(sheet.id()).append("\">")
          .append(Text.html(sheet.heading())).append("</a></li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  /** The handout, the same for both formats: its title, its lines and its sheets. */
  private Handout handout() {
    List<String> intro = new ArrayList<>();
    String title;
    long seated = plan.tables().stream().flatMap(t -> t.guests().stream()).distinct().count();
    if (scope != null) {
      Event event = scope.event();
      Session session = scope.session();
      title = event.name();
      intro.add(event.start().equals(event.end()) ? event.start().toString()
          : event.start() + " to " + event.end());
      if (event.venue() != null) {
        intro.add("Venue: " + venue(event.venue()));
      }
      intro.add("Session: " + session.title()
          + (session.date() == null ? "" : ", " + session.date()));
      intro.add(Text.count(scope.invited().size(), "city", "cities") + " invited, " + seated
          + " seated at " + Text.count(plan.tables().size(), "table", "tables") + ".");
    } else {
      title = "Roundtables";
      intro.add(Text.count((int) seated, "city", "cities") + " seated at "
          + Text.count(plan.tables().size(), "table", "tables") + ".");
    }
    intro.add(timetableWords());
    Index lookups = index();
    List<Sheet> sheets = new ArrayList<>();
    for (Table table : plan.tables()) {
      sheets.add(tableSheet(table, lookups));
    }
    int index = 0;
    for (CityId city : sheetCities()) {
      sheets.add(citySheet(city, ++index, lookups));
    }
    return new Handout(title, intro, sheets);
  }

  /**
   * The lookups the sheets make, each by id, built once a handout so that a sheet costs its
   * own size rather than the document's. Of a repeated id, the first counts, as in the
   * document's own lookups.
   */
  private record Index(Map<CityId, City> cities, Map<PlanId, Plan> plans,
      Map<CityId, List<Table>> tables, Map<Integer, TableInvitations> invitations,
      Map<Integer, Placement> placements, Map<Integer, Unplaced> unplaced,
      Map<CityId, Shortfall> shortfalls, Map<CityId, InvitedApart> apart) {}

  private Index index() {
    Map<CityId, City> cityById = new HashMap<>();
    document.cities().forEach(c -> cityById.putIfAbsent(c.id(), c));
    Map<PlanId, Plan> planById = new HashMap<>();
    document.plans().forEach(p -> planById.putIfAbsent(p.id(), p));
    Map<CityId, List<Table>> tablesOf = new HashMap<>();
    for (Table table : plan.tables()) {
      table.guests().stream().distinct()
          .forEach(g -> tablesOf.computeIfAbsent(g, k -> new ArrayList<>()).add(table));
    }
    Map<Integer, TableInvitations> invited = new HashMap<>();
    invitations.forEach(i -> invited.putIfAbsent(i.table(), i));
    Map<Integer, Placement> placed = new HashMap<>();
    timetable.placements().forEach(p -> placed.putIfAbsent(p.table(), p));
    Map<Integer, Unplaced> left = new HashMap<>();
    timetable.unplaced().forEach(u -> left.putIfAbsent(u.table(), u));
    Map<CityId, Shortfall> shortfalls = new HashMap<>();
    plan.shortfalls().forEach(f -> shortfalls.putIfAbsent(f.city(), f));
    Map<CityId, InvitedApart> apart = new HashMap<>();
    if (scope != null) {
      scope.apart().forEach(a -> apart.putIfAbsent(a.city(), a));
    }
    return new Index(cityById, planById, tablesOf, invited, placed, left, shortfalls, apart);
  }

  /** The cities that get a sheet, in order, each once. */
  private List<CityId> sheetCities() {
    Set<CityId> listed = new LinkedHashSet<>();
    if (scope != null) {
      listed.addAll(scope.invited());
    } else {
      Set<CityId> shown = new HashSet<>();
      plan.tables().forEach(t -> shown.addAll(t.guests()));
      plan.shortfalls().forEach(s -> shown.add(s.city()));
      document.cities().stream().map(City::id).filter(shown::contains).forEach(listed::add);
      // A guest that is no city of the document still needs its sheet.
      plan.tables().forEach(t -> listed.addAll(t.guests()));
    }
    return List.copyOf(listed);
  }

  private String timetableWords() {
    int tables = plan.tables().size();
    if (tables == 0) {
      return "No table is hosted.";
    }
    List<String> rooms = timetable.placements().stream().map(Placement::room)
        .flatMap(Optional::stream).distinct().toList();
    StringBuilder words = new StringBuilder();
    int placed = timetable.placements().size();
    words.append(placed == tables ? "The " + Text.count(tables, "table", "tables")
        : placed + " of the " + Text.count(tables, "table", "tables"))
        .append(placed == 1 ? " takes " : " take ").append(Text.count(timetable.slots(), "slot",
        "slots"));
    if (!rooms.isEmpty()) {
      words.append(" in ").append(Text.count(rooms.size(), "room", "rooms")).append(" (")
          .append(String.join(", ", rooms)).append(')');
    }
    if (timetable.unplaced().isEmpty()) {
      words.append(timetable.optimal() ? ", the fewest possible"
          : "; at least " + timetable.lowerBound()
              + (timetable.lowerBound() == 1 ? " is needed" : " are needed"));
    } else {
      words.append("; ").append(Text.count(timetable.unplaced().size(), "table is", "tables are"))
          .append(" not placed: all the tables need ")
          .append(Text.count(timetable.needed(), "slot", "slots"));
    }
    return words.append('.').toString();
  }

  private Sheet tableSheet(Table table, Index index) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Para(when(table.number(), index), true));
    List<Item> guests = new ArrayList<>();
    for (CityId guest : table.guests()) {
      List<String> projects = projectsOn(guest, table.theme(), index).stream()
          .map(Project::title).toList();
      guests.add(new Item(cityWithCountry(guest, index), projects.isEmpty()
          ? List.of("no project of its plan on this theme") : projects));
    }
    blocks.add(new Items("Guests (" + table.guests().size() + "), with their projects on "
        + "the theme:", guests));
    TableInvitations invited = index.invitations().get(table.number());
    List<Item> partners = new ArrayList<>();
    for (Invitee invitee : invited.invited()) {
      partners.add(new Item(Wording.organization(invitee.organization(), organizations::get)
          + ": " + Wording.invitation(invitee, this::name), List.of()));
    }
    for (String note : ReportWords.invitationNotes(invited, organizations::get)) {
      partners.add(new Item(note, List.of()));
    }
    blocks.add(new Items("Partners invited (" + invited.invited().size() + "):", partners));
    return new Sheet("table-" + table.number(), "Table " + table.number() + ": "
        + label(table.theme()), blocks);
  }

  private Sheet citySheet(CityId city, int number, Index index) {
    List<Block> blocks = new ArrayList<>();
    Optional<City> known = Optional.ofNullable(index.cities().get(city));
    known.ifPresent(c -> blocks.add(new Para("Country: " + country(c.country()), false)));
    Optional<InvitedApart> apart = Optional.ofNullable(index.apart().get(city));
    Optional<Shortfall> shortfall = Optional.ofNullable(index.shortfalls().get(city));
    List<Table> tables = new ArrayList<>(index.tables().getOrDefault(city, List.of()));
    tables.sort(Comparator.comparingInt((Table t) -> slotOf(t.number(), index))
        .thenComparingInt(Table::number));
    if (apart.isPresent()) {
      blocks.add(new Para("No table: " + Wording.apart(apart.get()) + ".", true));
    } else if (tables.isEmpty()) {
      blocks.add(new Para("No table" + shortfall.map(s -> ": " + Wording.shortfall(s))
          .orElse("") + ".", true));
    } else {
      blocks.add(new Para(Text.count(tables.size(), "table", "tables") + shortfall.map(s ->
          ", fewer than allowed: " + Wording.shortfall(s)).orElse("") + ".", false));
    }
    for (Table table : tables) {
      // A short heading: a table not placed gives why below it, not in the heading.
      String name = "Table " + table.number() + ", " + label(table.theme());
      if (index.placements().containsKey(table.number())) {
        blocks.add(new Heading(when(table.number(), index) + ": " + name));
      } else {
        blocks.add(new Heading(name));
        blocks.add(new Para(when(table.number(), index), true));
      }
      List<Item> peers = table.guests().stream().filter(g -> !g.equals(city))
          .map(g -> new Item(cityWithCountry(g, index), List.of())).toList();
      blocks.add(new Items("Peers at the table (" + peers.size() + "):", peers));
      TableInvitations invited = index.invitations().get(table.number());
      List<Item> partners = new ArrayList<>();
      for (Invitee invitee : invited.invited()) {
        List<String> about = invitee.reasons().stream().filter(r -> concerns(r, city))
            .map(r -> Wording.invitation(r, this::name)).toList();
        partners.add(new Item(Wording.organization(invitee.organization(),
            organizations::get) + (about.isEmpty() ? "" : ": " + String.join("; ", about)),
            List.of()));
      }
      if (invited.whyNobody() != null) {
        partners.add(new Item("nobody: " + Wording.noInvitation(invited.whyNobody(),
            organizations::get), List.of()));
      }
      blocks.add(new Items("Partners met there (" + invited.invited().size() + "):",
          partners));
    }
    return new Sheet("city-" + number, name(city), blocks);
  }

  /** Whether a reason to invite an organization names the city. */
  private static boolean concerns(InvitationReason reason, CityId city) {
    return reason instanceof InvitationReason.PartnersProject project
        && project.city().equals(city)
        || reason instanceof InvitationReason.PartnersPlan partnered
        && partnered.city().equals(city);
  }

  /** The projects of a city's plan on a theme or a narrower theme under it, in plan order. */
  private List<Project> projectsOn(CityId city, ThemeId theme, Index index) {
    Optional<Plan> chosen = overlap.profile(city).map(CityProfile::plan)
        .map(index.plans()::get);
    if (chosen.isEmpty()) {
      return List.of();
    }
    return chosen.get().projects().stream()
        .filter(p -> p.themes().stream().anyMatch(t -> t.equals(theme)
            || document.broaderChain(t).stream().anyMatch(b -> b.id().equals(theme))))
        .toList();
  }

  /** A table's slot and room, or that it is not placed and why. */
  private String when(int table, Index index) {
    Optional<Placement> placed = Optional.ofNullable(index.placements().get(table));
    if (placed.isPresent()) {
      // A room named by a number reads as one; a name such as "Room A" stands alone.
      return "Slot " + placed.get().slot() + placed.get().room()
          .map(r -> r.chars().allMatch(Character::isDigit) ? ", room " + r : ", " + r)
          .orElse("");
    }
    Optional<Unplaced> unplaced = Optional.ofNullable(index.unplaced().get(table));
    if (unplaced.isEmpty()) {
      return "Not in the timetable";
    }
    if (unplaced.get().slots().isEmpty()) {
      return "Not placed: no slot is allowed";
    }
    return "Not placed: " + unplaced.get().slots().stream().map(this::blocked)
        .collect(Collectors.joining("; "));
  }

  private String blocked(Blocked blocked) {
    if (blocked instanceof Blocked.Clash clash) {
      Shared shared = clash.shared();
      String what = shared instanceof Shared.City c ? "also seats " + name(c.city())
          : "also invites " + Wording.organization(((Shared.Organization) shared)
              .organization(), organizations::get);
      return "slot " + clash.slot() + " holds table " + clash.table() + ", which " + what;
    }
    Blocked.Full full = (Blocked.Full) blocked;
    return "slot " + full.slot() + (full.rooms() == 1 ? " has its one room taken"
        : " has all " + full.rooms() + " rooms taken");
  }

  /** The slot of a table, for sorting: tables not placed come last. */
  private static int slotOf(int table, Index index) {
    Placement placed = index.placements().get(table);
    return placed == null ? Integer.MAX_VALUE : placed.slot();
  }

  private String label(ThemeId theme) {
    return overlap.taxonomy().theme(theme).or(() -> document.theme(theme)).map(Theme::label)
        .orElse(theme.value());
  }

  private String name(CityId city) {
    String name = cities.get(city);
    return name == null ? city.value() : name;
  }

  private String cityWithCountry(CityId city, Index index) {
    City known = index.cities().get(city);
    return name(city) + (known == null ? "" : ", " + country(known.country()));
  }

  /** A country's English name, as the JDK's locale data give it, else its code. */
  private static String country(String code) {
    try {
      String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(
          Locale.ENGLISH);
      return name.isEmpty() ? code : name;
    } catch (IllformedLocaleException e) {
      return code;
    }
  }

  /** The venue in one line; its city once, when the address already ends with it. */
  private static String venue(Venue venue) {
    String city = venue.city() != null && venue.address() != null
        && venue.address().endsWith(venue.city()) ? null : venue.city();
    return Stream.of(venue.name(), venue.address(), city,
        venue.country() == null ? null : country(venue.country()))
        .filter(Objects::nonNull).collect(Collectors.joining(", "));
  }

  /** The title, the lines under it and the sheets. */
  private record Handout(String title, List<String> intro, List<Sheet> sheets) {}

  /** One sheet: its anchor, its heading and what it says. */
  private record Sheet(String id, String heading, List<Block> blocks) {}

  /** A part of a sheet. */
  private sealed interface Block permits Heading, Para, Items {}

  /** A heading inside a sheet. */
  private record Heading(String text) implements Block {}

  /** A paragraph; a strong one stands out (the slot and room, or why there is no table). */
  private record Para(String text, boolean strong) implements Block {}

  /** A caption and a list under it. */
  private record Items(String caption, List<Item> items) implements Block {}

  /** An entry of a list, with entries under it. */
  private record Item(String text, List<String> sub) {}
}
