package dev.scap.testkit;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.EventRole;
import dev.scap.model.Extensions;
import dev.scap.model.Indicator;
import dev.scap.model.Location;
import dev.scap.model.Metadata;
import dev.scap.model.Money;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.OrganizationKind;
import dev.scap.model.Partner;
import dev.scap.model.PartnerRole;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionId;
import dev.scap.model.SessionKind;
import dev.scap.model.Stage;
import dev.scap.model.SupportType;
import dev.scap.model.Target;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import dev.scap.testkit.internal.DocumentAssembly;
import dev.scap.testkit.internal.Drafts.CityDraft;
import dev.scap.testkit.internal.Drafts.EventDraft;
import dev.scap.testkit.internal.Drafts.InvitationChoice;
import dev.scap.testkit.internal.Drafts.OrganizationChoice;
import dev.scap.testkit.internal.Drafts.SessionDraft;
import dev.scap.testkit.internal.Drafts.TableDraft;
import dev.scap.testkit.internal.Drafts.FocusDraft;
import dev.scap.testkit.internal.Drafts.OrganizationDraft;
import dev.scap.testkit.internal.Drafts.PartnerDraft;
import dev.scap.testkit.internal.Drafts.PlanDraft;
import dev.scap.testkit.internal.Drafts.ProjectDraft;
import dev.scap.testkit.internal.Drafts.TargetDraft;
import dev.scap.testkit.internal.Drafts.TaxonomyDraft;
import dev.scap.testkit.internal.Drafts.ThemeChoice;
import dev.scap.testkit.internal.Drafts.ThemeDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * jqwik arbitraries that generate valid SCAP documents: documents that
 * {@link dev.scap.model.validation.ScapValidator} reports no problem in at all, not even a
 * warning.
 *
 * <p>Generated documents use every part of the format: optional properties are sometimes
 * present and sometimes {@code null}; extensions sometimes hold nested maps, lists, strings,
 * exact numbers, booleans and {@code null}; themes refine others through {@code broader};
 * documents sometimes copy the built-in taxonomies; cities have no plan, one or several;
 * project themes are focus areas of their plan or refine one; events (format 1.1) invite
 * some of the cities, and their roundtable sessions seat them at tables on themes of one
 * taxonomy, each city and organization at one table of a slot at most. Identifiers are unique within
 * their kind, but a city and a project, say, may share one, as the format allows.
 *
 * <p>Documents are built from independent parts with jqwik's combinators, references drawn
 * as numbers that are resolved to existing objects, so that a failing document shrinks
 * towards fewer, simpler objects whose references point at the first candidates, and optional
 * properties towards absent. Generation is deterministic: the same seed gives the same
 * documents.
 *
 * <p>Every method returns a new arbitrary; arbitraries are immutable and may be shared between
 * threads, as jqwik's are.
 */
public final class ScapArbitraries {

  /** ISO 3166-1 alpha-2 codes that every JDK knows, so that seeds give the same documents. */
  private static final List<String> COUNTRIES = List.of(
      "KH", "ID", "VN", "TH", "MY", "SG", "PH", "LA", "MM", "BN", "KR", "JP", "CN", "IN", "BD",
      "LK", "MN", "AU", "NZ", "FR", "DE", "GB", "NL", "US", "CA", "BR", "KE", "ZA", "EG");

  /** ISO 4217 codes that every JDK knows. */
  private static final List<String> CURRENCIES = List.of(
      "USD", "EUR", "KRW", "JPY", "IDR", "VND", "KHR", "THB", "SGD", "MYR", "PHP", "LAK", "MMK",
      "BND", "CNY", "INR", "GBP", "CHF", "AUD");

  // Each set of characters is one string: jqwik draws from several ranges through a flatMap,
  // which is slow (see optional).
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String ID_START = LOWER + "0123456789";
  private static final String TEXT_START = LOWER + LOWER.toUpperCase(Locale.ROOT) + "ÉĐភ한";
  private static final String TEXT_REST =
      TEXT_START + "0123456789 -,.'&()/\"éèüöñçãơưạđ국어ំពេញ";

  /** Strings of extensions: what JSON writers must escape, and text beyond ASCII. */
  private static final List<String> JSON_STRINGS = List.of(
      "note", "", " ", "with \"quotes\"", "back\\slash", "two\nlines", "tab\tbed", "</script>",
      "Hà Nội", "서울", "ភ្នំពេញ", "🏙️ city", "ÆØÅ");

  private static final List<String> WORDS =
      List.of("a", "city", "smart", "green", "safe", "2030", "phnom-penh", "x--y");

  private static final List<String> NETWORKS =
      List.of("ascn", "wego", "c40", "iclei", "uclg", "metropolis");

  private static final List<String> LICENSES =
      List.of("CC-BY-4.0", "CC0-1.0", "ODbL-1.0", "https://example.org/licence");

  private static final List<String> UNITS = List.of("km/h", "%", "t/day", "MW", "people");

  private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);

  /** Choices are resolved modulo the number of candidates; 0 is the first, to shrink to. */
  private static final int MAX_CHOICE = 9999;

  private ScapArbitraries() {}

  /**
   * Returns small valid documents, of {@link DocumentSizes#small()}: quick to generate and to
   * check, for properties that run many tries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScapDocument> documents() {
    return documents(DocumentSizes.small());
  }

  /**
   * Returns valid documents of the given sizes.
   *
   * @param sizes how many objects of each kind a document has
   * @return the arbitrary
   * @throws NullPointerException if {@code sizes} is {@code null}
   */
  public static Arbitrary<ScapDocument> documents(DocumentSizes sizes) {
    Objects.requireNonNull(sizes, "sizes");
    return Combinators.combine(
            metadata(),
            sized(taxonomy(sizes), sizes.taxonomies()),
            sized(organization(), sizes.organizations()),
            sized(city(sizes), sizes.cities()),
            event().list().ofMaxSize(2),
            extensions())
        .as(DocumentAssembly::assemble);
  }

  /**
   * Returns identifiers: text matching {@link dev.scap.model.Identifier#SYNTAX}, from one
   * character to the limit of 64.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> identifiers() {
    return stems(63);
  }

  /**
   * Returns ISO 3166-1 alpha-2 country codes, from a fixed list that every JDK knows.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> countries() {
    return Arbitraries.of(COUNTRIES);
  }

  /**
   * Returns ISO 4217 currency codes, from a fixed list that every JDK knows.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /**
   * Returns extensions: often none, else up to three properties whose values are JSON values
   * nested up to two levels deep, with {@link BigDecimal} numbers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Extensions> extensions() {
    return jsonProperties(2).map(ScapArbitraries::toMap).map(Extensions::of);
  }

  // jqwik's oneOf, frequencyOf and injectNull are flatMaps underneath: for every value they
  // look up a memoized generator, hashing the whole arbitrary chosen, and rebuild the chosen
  // value each time it is asked for. On arbitraries as deep as these that made a document take
  // a tenth of a second. Choosing through a combination instead draws every alternative,
  // most of them thrown away. A list of at most one element does neither: it draws its
  // element only when it has one.

  /**
   * The value in half of the cases, else {@code null}, to which it shrinks; the value is only
   * drawn when used.
   */
  private static <T> Arbitrary<T> optional(Arbitrary<T> arbitrary) {
    return arbitrary.list().ofMaxSize(1).withSizeDistribution(RandomDistribution.uniform())
        .map(list -> list.isEmpty() ? null : list.get(0));
  }

  /** The value in one case of eight, else {@code null}; see {@link #optional}. */
  private static <T> Arbitrary<T> rare(Arbitrary<T> arbitrary) {
    return optional(optional(optional(arbitrary)));
  }

  /** The value, else (in half of the cases, and when shrunk) the fallback. */
  private static <T> Arbitrary<T> orElse(Arbitrary<T> arbitrary, T fallback) {
    return optional(arbitrary).map(value -> value == null ? fallback : value);
  }

  private static <T> Arbitrary<List<T>> sized(Arbitrary<T> element, DocumentSizes.Range range) {
    return element.list().ofMinSize(range.min()).ofMaxSize(range.max());
  }

  /** Extensions on small nested objects, where they are rarer than on the main ones. */
  private static Arbitrary<Extensions> rareExtensions() {
    return rare(extensions()).map(e -> e == null ? Extensions.NONE : e);
  }

  private static Arbitrary<String> extensionKeys() {
    return Arbitraries.strings().withChars(LOWER + "-").ofMinLength(1).ofMaxLength(8)
        .map(s -> "x-" + s);
  }

  private record Property(String key, Object value) {}

  /** The properties of a JSON object, whose values nest up to {@code depth} levels. */
  private static Arbitrary<List<Property>> jsonProperties(int depth) {
    return Combinators.combine(extensionKeys(), jsonValues(depth)).as(Property::new)
        .list().ofMaxSize(3);
  }

  /** A key drawn twice keeps its last value. */
  private static Map<String, Object> toMap(List<Property> properties) {
    Map<String, Object> map = new LinkedHashMap<>();
    properties.forEach(p -> map.put(p.key(), p.value()));
    return map;
  }

  private static Arbitrary<Object> jsonValues(int depth) {
    Arbitrary<Object> leaf = Combinators.combine(
            Arbitraries.integers().between(0, 9), Arbitraries.of(JSON_STRINGS), numbers(),
            Arbitraries.of(true, false))
        .as((kind, text, number, bool) ->
            kind < 4 ? text : kind < 8 ? number : kind < 9 ? bool : null);
    if (depth == 0) {
      return leaf;
    }
    // One value in four holds others, a list or a map; a list takes the values of the
    // properties that a map would have.
    return Combinators.combine(leaf, optional(optional(jsonProperties(depth - 1))),
            Arbitraries.of(true, false))
        .as((value, properties, isMap) -> properties == null ? value
            : isMap ? toMap(properties) : properties.stream().map(Property::value).toList());
  }

  /** Exact numbers, also with a negative scale: {@code 12E+3}. */
  private static Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            Arbitraries.integers().between(-2, 6))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000_000_000L),
            Arbitraries.integers().between(0, 2))
        .as(BigDecimal::valueOf);
  }

  /** Stems of identifiers: usually short, sometimes up to {@code maxRest + 1} characters. */
  private static Arbitrary<String> stems(int maxRest) {
    return Combinators.combine(
            Arbitraries.of(ID_START.toCharArray()),
            rest(Math.min(maxRest, 10)),
            rare(rest(Math.max(0, maxRest - 10))))
        .as((c, s, more) -> c + s + (more == null ? "" : more));
  }

  private static Arbitrary<String> rest(int maxLength) {
    return Arbitraries.strings().withChars(ID_START + "-").ofMaxLength(maxLength);
  }

  /**
   * Stems of generated ids, which get "-" and a number appended: short enough that the whole
   * stays within 64 characters below 100,000 objects of a kind (beyond, the assembly cuts the
   * stem). Often a word of a small vocabulary
   * shared by all kinds, so that objects of different kinds sometimes share an id, as the
   * format allows.
   */
  private static Arbitrary<String> idStems() {
    return Combinators.combine(Arbitraries.of(WORDS), optional(stems(57)))
        .as((word, stem) -> stem == null ? word : stem);
  }

  /** Text that is never blank: it starts with a letter. */
  private static Arbitrary<String> texts() {
    return Combinators.combine(
            Arbitraries.of(TEXT_START.toCharArray()),
            Arbitraries.strings().withChars(TEXT_REST).ofMaxLength(24))
        .as((c, s) -> c + s);
  }

  private static Arbitrary<String> optionalTexts() {
    return optional(texts());
  }

  private static Arbitrary<Integer> choices() {
    return Arbitraries.integers().between(0, MAX_CHOICE);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 70 * 365).map(EPOCH::plusDays);
  }

  private static Arbitrary<Integer> years() {
    return Arbitraries.integers().between(1990, 2060);
  }

  private static Arbitrary<Metadata> metadata() {
    Arbitrary<Metadata> full = Combinators.combine(
            optionalTexts(), optionalTexts(), optionalTexts(),
            optional(Arbitraries.of(LICENSES)), optional(dates()), optionalTexts(),
            rareExtensions())
        .as(Metadata::new);
    return orElse(full, Metadata.EMPTY);
  }

  private static Arbitrary<TaxonomyDraft> taxonomy(DocumentSizes sizes) {
    return Combinators.combine(
            rare(Arbitraries.just(true)).map(Objects::nonNull),
            idStems(),
            texts(),
            sized(theme(), sizes.themesPerTaxonomy()),
            rareExtensions())
        .as(TaxonomyDraft::new);
  }

  private static Arbitrary<ThemeDraft> theme() {
    Arbitrary<Theme> body = Combinators.combine(
            idStems(), texts(), optionalTexts(), rareExtensions())
        .as((stem, label, description, ext) ->
            new Theme(ThemeId.of(stem), label, description, null, ext));
    return Combinators.combine(body, optional(choices())).as(ThemeDraft::new);
  }

  private static Arbitrary<OrganizationDraft> organization() {
    Arbitrary<Organization> body = Combinators.combine(
            idStems(), texts(), Arbitraries.of(OrganizationKind.class),
            optional(countries()), supportTypes(), extensions())
        .as((stem, name, kind, country, offers, ext) -> new Organization(
            OrganizationId.of(stem), name, kind, country, offers, List.of(), ext));
    return Combinators.combine(body, choices().list().ofMaxSize(3))
        .as(OrganizationDraft::new);
  }

  private static Arbitrary<List<SupportType>> supportTypes() {
    return Arbitraries.of(SupportType.class).list().uniqueElements().ofMaxSize(3);
  }

  private static Arbitrary<CityDraft> city(DocumentSizes sizes) {
    Arbitrary<City> body = Combinators.combine(
            idStems(), texts(), countries(),
            optional(Arbitraries.longs().between(0, 40_000_000)),
            optional(location()),
            Arbitraries.of(NETWORKS).list().uniqueElements().ofMaxSize(3),
            extensions())
        .as((stem, name, country, population, location, networks, ext) -> new City(
            CityId.of(stem), name, country, population, location, networks, ext));
    return Combinators.combine(body, sized(plan(sizes), sizes.plansPerCity()))
        .as(CityDraft::new);
  }

  private static Arbitrary<Location> location() {
    // Drawn in millionths, then cut to fewer decimals towards 0 so the bounds still hold;
    // the bounds themselves (±90, ±180) are edge cases that jqwik tries.
    return Combinators.combine(
            Arbitraries.longs().between(-90_000_000L, 90_000_000L),
            Arbitraries.longs().between(-180_000_000L, 180_000_000L),
            Arbitraries.integers().between(0, 6),
            rareExtensions())
        .as((lat, lon, scale, ext) -> new Location(
            BigDecimal.valueOf(lat, 6).setScale(scale, RoundingMode.DOWN),
            BigDecimal.valueOf(lon, 6).setScale(scale, RoundingMode.DOWN), ext));
  }

  private static Arbitrary<PlanDraft> plan(DocumentSizes sizes) {
    Arbitrary<Period> periods = Combinators.combine(
            years(), Arbitraries.integers().between(0, 20), rareExtensions())
        .as((start, length, ext) -> new Period(start, start + length, ext));
    Arbitrary<Plan> body = Combinators.combine(
            idStems(), texts(), optional(dates()), optional(periods),
            optionalTexts(), extensions())
        .as((stem, title, adopted, period, vision, ext) ->
            Plan.builder(PlanId.of(stem), null, title).adopted(adopted).period(period)
                .vision(vision).extensions(ext).build());
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            body,
            sized(focusArea(), sizes.focusAreasPerPlan()),
            target().list().ofMaxSize(2),
            sized(project(), sizes.projectsPerPlan()),
            partner().list().ofMaxSize(2))
        .as(PlanDraft::new);
  }

  private static Arbitrary<FocusDraft> focusArea() {
    return Combinators.combine(
            choices(),
            optional(Arbitraries.integers().between(1, 9)),
            texts().list().ofMaxSize(2),
            rareExtensions())
        .as(FocusDraft::new);
  }

  private static Arbitrary<TargetDraft> target() {
    Arbitrary<Target> body = Combinators.combine(texts(), optional(years()),
            rareExtensions())
        .as((description, year, ext) -> new Target(description, null, year, ext));
    return Combinators.combine(body, optional(choices())).as(TargetDraft::new);
  }

  private static Arbitrary<PartnerDraft> partner() {
    Arbitrary<Partner> body = Combinators.combine(
            Arbitraries.of(PartnerRole.class), supportTypes(), optionalTexts(),
            rareExtensions())
        .as((role, support, note, ext) -> new Partner(null, role, support, note, ext));
    return Combinators.combine(body, choices()).as(PartnerDraft::new);
  }

  /** Start and end of a project: neither, either or both, the end never before the start. */
  private record Dates(LocalDate start, LocalDate end) {}

  private static Arbitrary<Dates> projectDates() {
    return Combinators.combine(
            dates(), Arbitraries.integers().between(0, 10 * 365),
            Arbitraries.integers().between(0, 3))
        .as((start, days, which) -> switch (which) {
          case 0 -> new Dates(null, null);
          case 1 -> new Dates(start, null);
          case 2 -> new Dates(null, start.plusDays(days));
          default -> new Dates(start, start.plusDays(days));
        });
  }

  private static Arbitrary<ProjectDraft> project() {
    Arbitrary<Money> costs = Combinators.combine(amounts(), currencies(), rareExtensions())
        .as(Money::new);
    Arbitrary<Project> body = Combinators.combine(
            idStems(), texts(), optionalTexts(), optional(Arbitraries.of(Stage.class)),
            projectDates(), optional(costs), supportTypes(), extensions())
        .as((stem, title, description, stage, dates, cost, support, ext) ->
            Project.builder(ProjectId.of(stem), title).description(description).stage(stage)
                .start(dates.start()).end(dates.end()).cost(cost).supportNeeded(support)
                .extensions(ext).build());
    Arbitrary<ThemeChoice> themes = Combinators.combine(choices(), choices())
        .as(ThemeChoice::new);
    return Combinators.combine(
            body, themes.list().ofMinSize(1).ofMaxSize(3), partner().list().ofMaxSize(2),
            indicator().list().ofMaxSize(2))
        .as((project, themeChoices, partners, indicators) -> new ProjectDraft(
            project.toBuilder().indicators(indicators).build(), themeChoices, partners));
  }

  private static Arbitrary<EventDraft> event() {
    Arbitrary<Venue> venues = Combinators.combine(
            texts(), optionalTexts(), optionalTexts(), optional(countries()), rareExtensions())
        .as(Venue::new);
    Arbitrary<Event> body = Combinators.combine(
            idStems(), texts(), dates(), optional(venues), optionalTexts(), extensions())
        .as((stem, name, start, venue, note, ext) -> new Event(EventId.of(stem), name, start,
            start, venue, List.of(), List.of(), List.of(), note, ext));
    Arbitrary<OrganizationChoice> organizations = Combinators.combine(
            choices(), Arbitraries.of(EventRole.class))
        .as(OrganizationChoice::new);
    return Combinators.combine(
            body, Arbitraries.integers().between(0, 3), organizations.list().ofMaxSize(3),
            choices().list().ofMaxSize(6), session().list().ofMaxSize(3))
        .as(EventDraft::new);
  }

  private static Arbitrary<SessionDraft> session() {
    Arbitrary<Session> body = Combinators.combine(
            idStems(), Arbitraries.of(SessionKind.class), texts(), optionalTexts(),
            rareExtensions())
        .as((stem, kind, title, description, ext) -> new Session(SessionId.of(stem), kind,
            title, description, null, null, List.of(), List.of(), ext));
    return Combinators.combine(
            body, optional(choices()), optional(choices()), choices().list().ofMaxSize(3),
            table().list().ofMaxSize(4))
        .as(SessionDraft::new);
  }

  private static Arbitrary<TableDraft> table() {
    Arbitrary<SeatedTable> body = Combinators.combine(
            optional(Arbitraries.integers().between(1, 3)), optionalTexts(), rareExtensions())
        .as((slot, room, ext) -> new SeatedTable(1, null, null, List.of(), List.of(), slot,
            room, ext));
    Arbitrary<InvitationChoice> partners = Combinators.combine(choices(), optionalTexts())
        .as(InvitationChoice::new);
    return Combinators.combine(
            body, choices(), choices(), Arbitraries.integers().between(0, 4),
            optional(Arbitraries.integers().between(0, 3)), partners.list().ofMaxSize(2))
        .as(TableDraft::new);
  }

  private static Arbitrary<Indicator> indicator() {
    return Combinators.combine(
            texts(), optional(Arbitraries.of(UNITS)), optional(numbers()),
            optional(numbers()), optional(years()), rareExtensions())
        .as(Indicator::new);
  }
}
