package dev.scap.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.EventRole;
import dev.scap.model.City;
import dev.scap.model.Extensions;
import dev.scap.model.Identifier;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.SessionKind;
import dev.scap.model.Theme;
import dev.scap.model.validation.ScapValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScapArbitrariesTest {

  private static final ScapValidator VALIDATOR = ScapValidator.instance();

  @Property(tries = 200)
  void generatesDocumentsWithoutAnyProblem(@ForAll("small") ScapDocument document) {
    assertThat(VALIDATOR.validate(document).problems()).isEmpty();
  }

  @Property(tries = 40)
  void generatesRichDocumentsWithoutAnyProblem(@ForAll("rich") ScapDocument document) {
    assertThat(VALIDATOR.validate(document).problems()).isEmpty();
  }

  @Property(tries = 4)
  void generatesLargeDocumentsWithoutAnyProblem(@ForAll("large") ScapDocument document) {
    assertThat(VALIDATOR.validate(document).problems()).isEmpty();
    assertThat(document.cities()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Property(tries = 100, seed = "42")
  void generatesIdentifiersOfTheFormat(@ForAll("identifiers") String id) {
    assertThat(Identifier.isValid(id)).as(id).isTrue();
  }

  @Example
  void generatesTheSameDocumentsFromTheSameSeed() {
    Arbitrary<ScapDocument> documents = ScapArbitraries.documents(DocumentSizes.rich());

    List<ScapDocument> first = Samples.draw(documents, 42, 20);

    assertThat(Samples.draw(documents, 42, 20)).isEqualTo(first);
    assertThat(Samples.draw(documents, 43, 20)).isNotEqualTo(first);
  }

  @Example
  void generatesEveryShapeThatTheFormatAllows() {
    List<ScapDocument> documents = new ArrayList<>(
        Samples.draw(ScapArbitraries.documents(), 1, 150));
    documents.addAll(Samples.richDocuments());

    Map<String, Predicate<ScapDocument>> shapes = new LinkedHashMap<>();
    shapes.put("no city", d -> d.cities().isEmpty());
    shapes.put("a city without plans", d -> d.cities().stream()
        .anyMatch(c -> d.plansOf(c.id()).isEmpty()));
    shapes.put("a city with several plans", d -> d.cities().stream()
        .anyMatch(c -> d.plansOf(c.id()).size() > 1));
    shapes.put("plans of cities interleaved", ScapArbitrariesTest::interleavesCities);
    shapes.put("a built-in taxonomy", d -> d.taxonomies().stream()
        .anyMatch(BuiltInTaxonomies.all()::contains));
    shapes.put("a narrower theme", d -> themes(d).anyMatch(t -> t.broader() != null));
    shapes.put("a project theme narrower than its focus area", d -> d.plans().stream()
        .anyMatch(p -> p.projects().stream().flatMap(j -> j.themes().stream())
            .anyMatch(t -> p.focusArea(t).isEmpty())));
    shapes.put("a plan without period", d -> d.plans().stream().anyMatch(p -> p.period() == null));
    shapes.put("a plan with a period", d -> d.plans().stream().anyMatch(p -> p.period() != null));
    shapes.put("a project with a cost", d -> d.projects().anyMatch(p -> p.cost() != null));
    shapes.put("a project without cost", d -> d.projects().anyMatch(p -> p.cost() == null));
    shapes.put("a project with both dates", d -> d.projects()
        .anyMatch(p -> p.start() != null && p.end() != null));
    shapes.put("a project with partners", d -> d.projects().anyMatch(p -> !p.partners().isEmpty()));
    shapes.put("a project with indicators", d -> d.projects()
        .anyMatch(p -> !p.indicators().isEmpty()));
    shapes.put("a plan with partners", d -> d.plans().stream()
        .anyMatch(p -> !p.partners().isEmpty()));
    shapes.put("a target without theme", d -> d.plans().stream()
        .flatMap(p -> p.targets().stream()).anyMatch(t -> t.theme() == null));
    shapes.put("a target with a theme", d -> d.plans().stream()
        .flatMap(p -> p.targets().stream()).anyMatch(t -> t.theme() != null));
    shapes.put("a focus area without priority", d -> d.plans().stream()
        .flatMap(p -> p.focusAreas().stream()).anyMatch(f -> f.priority() == null));
    shapes.put("a city with population and location", d -> d.cities().stream()
        .anyMatch(c -> c.population() != null && c.location() != null));
    shapes.put("a city without population", d -> d.cities().stream()
        .anyMatch(c -> c.population() == null));
    shapes.put("an organization without country", d -> d.organizations().stream()
        .anyMatch(o -> o.country() == null));
    shapes.put("an organization with themes", d -> d.organizations().stream()
        .anyMatch(o -> !o.themes().isEmpty()));
    shapes.put("metadata", d -> d.metadata().title() != null);
    shapes.put("document extensions", d -> !d.extensions().isEmpty());
    shapes.put("city extensions", d -> d.cities().stream()
        .anyMatch(c -> !c.extensions().isEmpty()));
    shapes.put("project extensions", d -> d.projects().anyMatch(p -> !p.extensions().isEmpty()));
    shapes.put("a nested extension map", d -> extensionValues(d).anyMatch(v -> v instanceof Map));
    shapes.put("an extension list", d -> extensionValues(d).anyMatch(v -> v instanceof List));
    shapes.put("an extension number", d -> extensionValues(d)
        .anyMatch(v -> v instanceof BigDecimal));
    shapes.put("an extension boolean", d -> extensionValues(d).anyMatch(v -> v instanceof Boolean));
    shapes.put("an extension null", d -> extensionValues(d).anyMatch(Objects::isNull));
    shapes.put("an id shared by a city and a plan or project", ScapArbitrariesTest::sharesIds);
    shapes.put("no event", d -> d.events().isEmpty());
    shapes.put("two events", d -> d.events().size() == 2);
    shapes.put("an event with a venue", d -> d.events().stream().anyMatch(e -> e.venue() != null));
    shapes.put("an event organization in each role", d -> Arrays.stream(EventRole.values())
        .allMatch(r -> d.events().stream().anyMatch(e -> !e.organizationsIn(r).isEmpty())));
    shapes.put("a session of each kind", d -> Arrays.stream(SessionKind.values())
        .allMatch(k -> sessions(d).anyMatch(s -> s.kind() == k)));
    shapes.put("a dated session", d -> sessions(d).anyMatch(s -> s.date() != null));
    shapes.put("a session of another kind with themes", d -> sessions(d)
        .anyMatch(s -> s.kind() != SessionKind.ROUNDTABLE && !s.themes().isEmpty()));
    shapes.put("a table seating several cities", d -> tables(d)
        .anyMatch(t -> t.guests().size() > 1));
    shapes.put("a table with partners", d -> tables(d).anyMatch(t -> !t.partners().isEmpty()));
    shapes.put("a table with seats", d -> tables(d).anyMatch(t -> t.seats() != null));
    shapes.put("a table without a slot", d -> tables(d).anyMatch(t -> t.slot() == null));
    shapes.put("two tables of one slot", d -> sessions(d).anyMatch(s -> s.tables().stream()
        .filter(t -> t.slot() != null).map(SeatedTable::slot).distinct().count()
        < s.tables().stream().filter(t -> t.slot() != null).count()));

    List<String> missing = shapes.entrySet().stream()
        .filter(e -> documents.stream().noneMatch(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
    assertThat(missing).isEmpty();
  }

  private static java.util.stream.Stream<Session> sessions(ScapDocument d) {
    return d.events().stream().flatMap(e -> e.sessions().stream());
  }

  private static java.util.stream.Stream<SeatedTable> tables(ScapDocument d) {
    return sessions(d).flatMap(s -> s.tables().stream());
  }

  @Provide
  Arbitrary<ScapDocument> small() {
    return ScapArbitraries.documents();
  }

  @Provide
  Arbitrary<ScapDocument> rich() {
    return ScapArbitraries.documents(DocumentSizes.rich());
  }

  @Provide
  Arbitrary<ScapDocument> large() {
    return ScapArbitraries.documents(DocumentSizes.rich()
        .withTaxonomies(2, 4).withThemesPerTaxonomy(5, 30).withCities(40, 80)
        .withPlansPerCity(1, 3).withFocusAreasPerPlan(3, 8).withProjectsPerPlan(2, 10)
        .withOrganizations(10, 30));
  }

  @Provide
  Arbitrary<String> identifiers() {
    return ScapArbitraries.identifiers();
  }

  private static Stream<Theme> themes(ScapDocument document) {
    return document.taxonomies().stream().flatMap(t -> t.themes().stream());
  }

  private static boolean interleavesCities(ScapDocument document) {
    List<Plan> plans = document.plans();
    for (int i = 2; i < plans.size(); i++) {
      if (plans.get(i).city().equals(plans.get(i - 2).city())
          && !plans.get(i).city().equals(plans.get(i - 1).city())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesIds(ScapDocument document) {
    return document.cities().stream().map(City::id).map(Identifier::value).anyMatch(id ->
        document.plans().stream().anyMatch(p -> p.id().value().equals(id))
            || document.projects().map(Project::id).anyMatch(p -> p.value().equals(id)));
  }

  /** Every value inside every extension of the document's cities, projects and itself. */
  private static Stream<Object> extensionValues(ScapDocument document) {
    Stream<Extensions> extensions = Stream.of(
            Stream.of(document.extensions()),
            document.cities().stream().map(City::extensions),
            document.projects().map(Project::extensions))
        .flatMap(s -> s);
    return extensions.flatMap(e -> e.values().values().stream()).flatMap(ScapArbitrariesTest::deep);
  }

  private static Stream<Object> deep(Object value) {
    Stream<Object> inner = value instanceof Map<?, ?> map
        ? map.values().stream().flatMap(ScapArbitrariesTest::deep)
        : value instanceof List<?> list ? list.stream().flatMap(ScapArbitrariesTest::deep)
        : Stream.empty();
    return Stream.concat(Stream.of(value), inner);
  }
}
