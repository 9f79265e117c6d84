package dev.scap.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Event;
import dev.scap.model.EventRole;
import dev.scap.model.Extensions;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Partner;
import dev.scap.model.PartnerRole;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.Session;
import dev.scap.model.SupportType;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import dev.scap.model.validation.ScapValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped ASCN dataset: that it is what the builder makes from the tables now, that it
 * validates clean, and that it says what the tables say.
 */
class AscnDatasetTest {

  /** Set to {@code true} to rewrite the shipped dataset from the tables instead of checking it. */
  static final String REGENERATE = "scap.regenerate";

  private static final Path SHIPPED = Path.of(System.getProperty("basedir", "."))
      .resolve("src/main/resources/dev/scap/io/datasets/ascn.json");

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private static ScapDocument built;
  private static byte[] builtBytes;
  private static ScapDocument shipped;

  @BeforeAll
  static void buildAndRead() throws IOException {
    built = AscnDatasetBuilder.fromResources().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScapWriter.canonical().write(built, out);
    builtBytes = out.toByteArray();
    if (Boolean.getBoolean(REGENERATE)) {
      Files.write(SHIPPED, builtBytes);
    }
    shipped = ScapReader.create().read(SHIPPED).document();
  }

  @Test
  void isByteForByteWhatTheBuilderMakesFromTheTables() throws IOException {
    byte[] file = Files.readAllBytes(SHIPPED);
    if (!Arrays.equals(file, builtBytes)) {
      fail(SHIPPED + " is not what AscnDatasetBuilder makes from the tables in "
          + "src/test/resources/dev/scap/io/dataset/ascn. If the change is meant, rewrite it "
          + "with `./mvnw -B -q install -pl scap-io -D" + REGENERATE + "=true`, then review "
          + "the diff and build once more.");
    }
  }

  @Test
  void shipsTheFileOfTheSourceTree() throws IOException {
    if (Boolean.getBoolean(REGENERATE)) {
      return; // the class path holds the copy made before this run rewrote the file
    }
    assertThat(Datasets.json(Datasets.ASCN)).hasValue(Files.readString(SHIPPED));
  }

  @Test
  void validatesWithoutAnyProblem() throws IOException {
    ReadResult result = ScapReader.create().read(SHIPPED);

    assertThat(result.report().problems()).isEmpty();
    assertThat(ScapValidator.instance().validate(built).problems()).isEmpty();
  }

  @Test
  void readsBackAsTheBuiltDocument() {
    assertThat(shipped).isEqualTo(built);
  }

  @Test
  void holdsThePilotCitiesWithPlansAndTheLaterOnesWithout() {
    assertThat(shipped.plans()).hasSize(26);
    assertThat(shipped.cities()).hasSize(38);
    assertThat(shipped.cities()).allSatisfy(c -> assertThat(c.networks()).containsExactly("ascn"));
    List<City> later = shipped.cities().stream()
        .filter(c -> shipped.plansOf(c.id()).isEmpty()).toList();
    assertThat(later).hasSize(12).allSatisfy(c -> {
      assertThat(c.population()).isNull();
      assertThat(number(c.extensions(), "x-ascn-member-since")).isGreaterThan(2018);
    });
    assertThat(later).extracting(c -> c.id().value())
        .contains("chiang-mai", "sumedang", "ipoh", "dili");
    assertThat(shipped.plans()).allSatisfy(p -> {
      assertThat(p.id().value()).isEqualTo(p.city().value() + "-scap-2018");
      assertThat(p.adopted()).isEqualTo(LocalDate.of(2018, 7, 8));
      assertThat(p.period()).isNull();
      assertThat(p.focusAreas()).allSatisfy(f -> assertThat(f.priority()).isNull());
    });
  }

  @Test
  void holdsThe2019ConferenceAsItsTablesGiveIt() throws IOException {
    assertThat(shipped.events()).hasSize(1);
    Event event = shipped.events().get(0);
    CSVRecord row = table("events.csv").get(0);
    assertThat(event.id().value()).isEqualTo(row.get("id"));
    assertThat(event.name()).isEqualTo(row.get("name"));
    assertThat(event.start()).isEqualTo(LocalDate.parse(row.get("start")));
    assertThat(event.end()).isEqualTo(LocalDate.parse(row.get("end")));
    assertThat(event.venue()).isEqualTo(new Venue(row.get("venue"), row.get("address"),
        row.get("city"), row.get("country"), Extensions.NONE));
    assertThat(event.note()).contains("21-22", "20-21");

    List<String> roles = new ArrayList<>();
    roles.add(row.get("organizer") + " organizer");
    for (CSVRecord r : table("event-organizations.csv")) {
      String entry = r.get("organization") + " " + r.get("role");
      if (!roles.contains(entry)) {
        roles.add(entry);
      }
    }
    assertThat(event.organizations())
        .extracting(o -> o.organization().value() + " " + o.role().code())
        .containsExactlyElementsOf(roles);
    assertThat(event.organizationsIn(EventRole.ORGANIZER)).extracting(OrganizationId::value)
        .containsExactly("wego");
    assertThat(event.organizations()).allSatisfy(
        o -> assertThat(shipped.organization(o.organization())).isPresent());

    assertThat(event.cities()).hasSize(26)
        .allSatisfy(c -> assertThat(shipped.plansOf(c)).hasSize(1));

    List<CSVRecord> sessions = table("event-sessions.csv");
    assertThat(event.sessions()).extracting(s -> s.kind().code())
        .containsExactlyElementsOf(sessions.stream().map(r -> r.get("kind")).toList());
    assertThat(event.sessions()).extracting(Session::description)
        .containsExactlyElementsOf(sessions.stream().map(r -> r.get("what_the_source_says"))
            .toList());
    assertThat(event.roundtables()).singleElement().satisfies(s -> {
      assertThat(s.id().value()).isEqualTo("mini-roundtables");
      assertThat(s.taxonomy().value()).isEqualTo("wego-ascn-2019");
      assertThat(s.themes()).containsExactlyElementsOf(
          BuiltInTaxonomies.wegoAscn2019().themes().stream().map(Theme::id).toList());
      assertThat(s.tables()).isEmpty();
    });
  }

  @Test
  void putsAseansTaxonomyFirst() {
    assertThat(shipped.taxonomies()).extracting(t -> t.id().value())
        .containsExactly("ascf-2018", "wego-ascn-2019");
  }

  @Test
  void holdsEachProjectOf2022Once() {
    assertThat(shipped.projects()).hasSize(77);
    List<Integer> numbers = shipped.projects()
        .map(p -> number(p.extensions(), "x-ascn-2022-no")).sorted().toList();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= 77; i++) {
      expected.add(i);
    }
    assertThat(numbers).isEqualTo(expected);
  }

  @Test
  void givesEachProjectItsAscfFocusAreaFirstThenItsEditorialThemes() throws IOException {
    for (CSVRecord row : table("projects-2022.csv")) {
      Project project = project(Integer.parseInt(row.get("no")));
      List<String> wego = split(row.get("wego_themes_editorial"));
      List<String> themes = new ArrayList<>(List.of(row.get("ascf_focus_area")));
      themes.addAll(wego);

      assertThat(project.title()).isEqualTo(row.get("title"));
      assertThat(project.themes()).extracting(ThemeId::value).isEqualTo(themes);
      assertThat(project.extensions().get("x-editorial-themes").orElse(List.of()))
          .isEqualTo(wego);
      assertThat(planOf(project).city().value()).isEqualTo(row.get("city"));
    }
  }

  @Test
  void givesPlansTheirProjectsFocusAreasAscfFirstAndMarksTheEditorialOnes() {
    Plan jakarta = plan("jakarta");

    assertThat(jakarta.title()).isEqualTo("DKI Jakarta Smart City Action Plan");
    assertThat(jakarta.focusAreas()).extracting(f -> f.theme().value()).containsExactly(
        "industry-innovation", "built-infrastructure", "civic-social", "health-wellbeing",
        "traffic-safety", "egov-welfare");
    assertThat(jakarta.extensions().get("x-editorial-focus-areas"))
        .hasValue(List.of("traffic-safety", "egov-welfare"));
    for (Plan plan : shipped.plans()) {
      List<String> editorial = stringList(plan.extensions(), "x-editorial-focus-areas");
      List<String> wego = shipped.taxonomy(TaxonomyId.of("wego-ascn-2019"))
          .map(Taxonomy::themes).orElseThrow().stream().map(t -> t.id().value()).toList();
      assertThat(plan.focusAreas()).extracting(f -> f.theme().value())
          .filteredOn(wego::contains).isEqualTo(editorial);
    }
  }

  @Test
  void keepsThe2018PlansInTheCitiesOwnWords() {
    Plan phnomPenh = plan("phnom-penh");

    assertThat(phnomPenh.vision())
        .isEqualTo("To improve the urban environment to enhance citizen's quality of life.");
    assertThat(phnomPenh.extensions().get("x-scap-2018-priority-projects")).hasValue(List.of(
        "11 Sidewalks Rejuvenation Project",
        "Improving efficiency of Phnom Penh's Public Transport Services"));
    assertThat(stringList(phnomPenh.extensions(), "x-scap-2018-focus-area-labels"))
        .hasSize(3).first()
        .isEqualTo("Build efficient and green infrastructure for current and future growth");
    assertThat(plan("luang-prabang").extensions().get("x-scap-2018-focus-area-labels"))
        .hasValue(List.of("Quality Environment", "Built infrastructure",
            "\"Civil and Social\" (sic)"));
    assertThat(stringList(plan("mandalay").extensions(), "x-scap-2018-focus-area-labels"))
        .hasSize(5).last().asString().contains("Water Supply, and Public Transportation");
    assertThat(plan("banyuwangi").vision()).isNull();
  }

  @Test
  void holdsTheCitiesAsPrintedIn2018() {
    City phnomPenh = city("phnom-penh");
    City luangPrabang = city("luang-prabang");

    assertThat(phnomPenh.population()).isEqualTo(2800000L);
    assertThat(phnomPenh.country()).isEqualTo("KH");
    assertThat(phnomPenh.extensions().get("x-area-km2")).hasValue(new BigDecimal("693"));
    assertThat(luangPrabang.extensions().get("x-area-km2")).hasValue(new BigDecimal("16875"));
    assertThat(luangPrabang.extensions().get("x-area-note")).hasValue("province");
    assertThat(city("jakarta").extensions().get("x-aliases")).hasValue(List.of("Jakarta"));
    assertThat(city("manila").extensions().get("x-area-km2")).hasValue(new BigDecimal("39.0"));
  }

  @Test
  void representsEveryPartnershipOnItsProjectOrElseOnItsCitysPlan() throws IOException {
    List<CSVRecord> rows = table("partnerships.csv");
    int placed = 0;
    for (CSVRecord row : rows) {
      List<Partner> candidates = row.get("project_no_2022").isBlank()
          ? plan(row.get("city")).partners()
          : project(Integer.parseInt(row.get("project_no_2022"))).partners();
      Partner expected = new Partner(OrganizationId.of(row.get("organization")),
          PartnerRole.fromCode(row.get("role")).orElseThrow(),
          split(row.get("support")).stream()
              .map(s -> SupportType.fromCode(s).orElseThrow()).toList(),
          row.get("what_the_source_says"),
          Extensions.of(Map.of("x-sources", split(row.get("source")))));
      assertThat(candidates).as("partnership on line %d", row.getRecordNumber() + 1)
          .contains(expected);
      placed++;
    }
    long partners = shipped.plans().stream().mapToLong(p -> p.partners().size()).sum()
        + shipped.projects().mapToLong(p -> p.partners().size()).sum();
    assertThat(partners).isEqualTo(placed).isEqualTo(rows.size());
  }

  @Test
  void placesKnownPartnershipsWhereTheSourcesPutThem() {
    assertThat(project(56).title()).isEqualTo("Cebu City Bus Rapid Transit");
    assertThat(project(56).partners()).singleElement().satisfies(p -> {
      assertThat(p.organization()).isEqualTo(OrganizationId.of("world-bank"));
      assertThat(p.role()).isEqualTo(PartnerRole.FUNDER);
      assertThat(p.support()).containsExactly(SupportType.FINANCING);
    });
    assertThat(project(9).themes()).first().isEqualTo(ThemeId.of("built-infrastructure"));
    assertThat(plan("siem-reap").partners()).singleElement().satisfies(p -> {
      assertThat(p.organization()).isEqualTo(OrganizationId.of("jica"));
      assertThat(p.role()).isEqualTo(PartnerRole.TECHNICAL_PARTNER);
    });
  }

  @Test
  void derivesOffersAndThemesOfOrganizationsFromTheirPartnerships() {
    Organization ustda = organization("ustda");
    Organization molit = organization("molit-korea");

    assertThat(ustda.offers()).containsExactly(SupportType.FEASIBILITY_STUDY,
        SupportType.FINANCING, SupportType.TECHNICAL_ASSISTANCE);
    assertThat(ustda.themes()).extracting(ThemeId::value)
        .containsExactly("civic-social", "safety-security", "traffic-safety", "egov-welfare");
    assertThat(ustda.extensions().get("x-editorial-themes"))
        .hasValue(List.of("traffic-safety", "egov-welfare"));
    assertThat(molit.offers()).containsExactly(SupportType.KNOWLEDGE_SHARING);
    assertThat(molit.themes()).isEmpty();
    assertThat(organization("aiib").offers()).isEmpty();
    for (Organization organization : shipped.organizations()) {
      List<Partner> partners = new ArrayList<>();
      shipped.plans().forEach(p -> partners.addAll(p.partners()));
      shipped.projects().forEach(p -> partners.addAll(p.partners()));
      assertThat(organization.offers()).containsExactlyInAnyOrderElementsOf(partners.stream()
          .filter(p -> p.organization().equals(organization.id()))
          .flatMap(p -> p.support().stream()).distinct().toList());
      assertThat(organization.themes()).containsExactlyInAnyOrderElementsOf(shipped.projects()
          .filter(p -> p.partners().stream().anyMatch(x -> x.organization().equals(organization.id())))
          .flatMap(p -> p.themes().stream()).distinct().toList());
    }
  }

  @Test
  void saysInItsMetadataWhereTheDataComeFromAndThatTheWegoTagsAreEditorial() {
    assertThat(shipped.metadata().created()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(shipped.metadata().source()).contains("Smart City Action Plans (as of 8 July 2018)",
        "ASCN M&E Report 2022", "ASEAN Smart Cities Framework", "WeGO-ASCN Mayoral Conference",
        "ASCN2019 report", "Ministry of Land, Infrastructure and Transport (Korea)");
    assertThat(shipped.metadata().notes()).contains("editorial reading",
        "not an official assignment", "offers are the distinct support types");
  }

  @Test
  void derivesProjectIdsFromCityAndTitleWithinTheIdentifierSyntax() {
    assertThat(AscnDatasetBuilder.projectId("cebu-city", "Cebu City Bus Rapid Transit"))
        .isEqualTo("cebu-city-bus-rapid-transit");
    assertThat(AscnDatasetBuilder.projectId("kuala-lumpur", "Kuala Lumpur Urban Observatory/G-Asset"))
        .isEqualTo("kuala-lumpur-urban-observatory-g-asset");
    assertThat(AscnDatasetBuilder.projectId("phuket",
        "Artificial Intelligence-Led Image Traffic Visualisation and Analysis"))
        .isEqualTo("phuket-artificial-intelligence-led-image-traffic-visualisation");
    assertThat(project(74).id().value()).isEqualTo("hanoi-intelligent-operation-centre");
    assertThat(project(72).id().value()).isEqualTo("da-nang-intelligent-operation-centre");
  }

  private static Project project(int number) {
    return shipped.projects().filter(p -> number(p.extensions(), "x-ascn-2022-no") == number)
        .findFirst().orElseThrow(() -> new AssertionError("no project number " + number));
  }

  private static Plan planOf(Project project) {
    return shipped.plans().stream().filter(p -> p.projects().contains(project)).findFirst()
        .orElseThrow();
  }

  private static Plan plan(String city) {
    return shipped.plan(PlanId.of(city + "-scap-2018"))
        .orElseThrow(() -> new AssertionError("no plan for " + city));
  }

  private static City city(String id) {
    return shipped.city(CityId.of(id)).orElseThrow();
  }

  private static Organization organization(String id) {
    return shipped.organization(OrganizationId.of(id)).orElseThrow();
  }

  private static int number(Extensions extensions, String key) {
    Optional<Object> value = extensions.get(key);
    assertThat(value).as(key).containsInstanceOf(BigDecimal.class);
    return ((BigDecimal) value.orElseThrow()).intValueExact();
  }

  private static List<String> stringList(Extensions extensions, String key) {
    List<String> strings = new ArrayList<>();
    extensions.get(key).ifPresent(v -> ((List<?>) v).forEach(s -> strings.add((String) s)));
    return strings;
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<CSVRecord> table(String file) throws IOException {
    try (InputStream in = AscnDatasetTest.class.getResourceAsStream("ascn/" + file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSV.parse(reader)) {
      return parser.getRecords();
    }
  }
}
