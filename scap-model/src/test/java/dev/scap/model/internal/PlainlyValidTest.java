package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.City;
import dev.scap.model.Event;
import dev.scap.model.EventId;
import dev.scap.model.EventOrganization;
import dev.scap.model.Examples;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Indicator;
import dev.scap.model.Invitation;
import dev.scap.model.Location;
import dev.scap.model.Metadata;
import dev.scap.model.Money;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.Venue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlainlyValidTest {

  /**
   * The constraints that PlainlyValid checks by hand, component by component ({@code <>} for
   * those on a list's elements). A constraint added to the model, or changed, fails this test
   * until PlainlyValid checks it too; its property test in scap-io then compares the two.
   */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("ScapDocument.scapVersion", "[FormatVersion, NotNull, SupportedVersion]"),
      Map.entry("ScapDocument.metadata", "[Valid]"),
      Map.entry("ScapDocument.taxonomies", "[NotEmpty]"),
      Map.entry("ScapDocument.taxonomies<>", "[Valid]"),
      Map.entry("ScapDocument.cities<>", "[Valid]"),
      Map.entry("ScapDocument.organizations<>", "[Valid]"),
      Map.entry("ScapDocument.plans<>", "[Valid]"),
      Map.entry("ScapDocument.events<>", "[Valid]"),
      Map.entry("Taxonomy.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Taxonomy.name", "[NotBlank]"),
      Map.entry("Taxonomy.themes", "[NotEmpty]"),
      Map.entry("Taxonomy.themes<>", "[Valid]"),
      Map.entry("Theme.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Theme.label", "[NotBlank]"),
      Map.entry("Theme.broader", "[ValidIdentifier]"),
      Map.entry("City.id", "[NotNull, ValidIdentifier]"),
      Map.entry("City.name", "[NotBlank]"),
      Map.entry("City.country", "[CountryCode, NotNull]"),
      Map.entry("City.population", "[PositiveOrZero]"),
      Map.entry("City.location", "[Valid]"),
      Map.entry("City.networks<>", "[ValidIdentifier]"),
      Map.entry("Location.lat", "[Latitude, NotNull]"),
      Map.entry("Location.lon", "[Longitude, NotNull]"),
      Map.entry("Organization.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Organization.name", "[NotBlank]"),
      Map.entry("Organization.kind", "[NotNull]"),
      Map.entry("Organization.country", "[CountryCode]"),
      Map.entry("Organization.themes<>", "[ValidIdentifier]"),
      Map.entry("Plan.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Plan.city", "[NotNull, ValidIdentifier]"),
      Map.entry("Plan.title", "[NotBlank]"),
      Map.entry("Plan.period", "[Valid]"),
      Map.entry("Plan.focusAreas", "[NotEmpty, UniqueFocusThemes, UniquePriorities]"),
      Map.entry("Plan.focusAreas<>", "[Valid]"),
      Map.entry("Plan.targets<>", "[Valid]"),
      Map.entry("Plan.projects<>", "[Valid]"),
      Map.entry("Plan.partners<>", "[Valid]"),
      Map.entry("Period", "[ValidPeriod]"),
      Map.entry("Period.start", "[NotNull]"),
      Map.entry("Period.end", "[NotNull]"),
      Map.entry("FocusArea.theme", "[NotNull, ValidIdentifier]"),
      Map.entry("FocusArea.priority", "[Min(1)]"),
      Map.entry("Target.description", "[NotBlank]"),
      Map.entry("Target.theme", "[ValidIdentifier]"),
      Map.entry("Project", "[DatesInOrder]"),
      Map.entry("Project.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Project.title", "[NotBlank]"),
      Map.entry("Project.themes", "[NotEmpty]"),
      Map.entry("Project.themes<>", "[ValidIdentifier]"),
      Map.entry("Project.cost", "[Valid]"),
      Map.entry("Project.partners<>", "[Valid]"),
      Map.entry("Project.indicators<>", "[Valid]"),
      Map.entry("Money.amount", "[NotNull, PositiveOrZero]"),
      Map.entry("Money.currency", "[CurrencyCode, NotNull]"),
      Map.entry("Partner.organization", "[NotNull, ValidIdentifier]"),
      Map.entry("Partner.role", "[NotNull]"),
      Map.entry("Indicator.name", "[NotBlank]"),
      Map.entry("Event", "[DatesInOrder]"),
      Map.entry("Event.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Event.name", "[NotBlank]"),
      Map.entry("Event.start", "[NotNull]"),
      Map.entry("Event.end", "[NotNull]"),
      Map.entry("Event.venue", "[Valid]"),
      Map.entry("Event.organizations<>", "[Valid]"),
      Map.entry("Event.cities<>", "[ValidIdentifier]"),
      Map.entry("Event.sessions<>", "[Valid]"),
      Map.entry("Venue.name", "[NotBlank]"),
      Map.entry("Venue.country", "[CountryCode]"),
      Map.entry("EventOrganization.organization", "[NotNull, ValidIdentifier]"),
      Map.entry("EventOrganization.role", "[NotNull]"),
      Map.entry("Session.id", "[NotNull, ValidIdentifier]"),
      Map.entry("Session.kind", "[NotNull]"),
      Map.entry("Session.title", "[NotBlank]"),
      Map.entry("Session.taxonomy", "[ValidIdentifier]"),
      Map.entry("Session.themes<>", "[ValidIdentifier]"),
      Map.entry("Session.tables<>", "[Valid]"),
      Map.entry("SeatedTable.number", "[NotNull, Positive]"),
      Map.entry("SeatedTable.theme", "[NotNull, ValidIdentifier]"),
      Map.entry("SeatedTable.seats", "[Positive]"),
      Map.entry("SeatedTable.guests<>", "[ValidIdentifier]"),
      Map.entry("SeatedTable.partners<>", "[Valid]"),
      Map.entry("SeatedTable.slot", "[Positive]"),
      Map.entry("Invitation.organization", "[NotNull, ValidIdentifier]"));

  @Test
  void checksEveryConstraintOfTheObjectsItJudges() {
    Map<String, String> found = new TreeMap<>();
    for (Class<?> type : List.of(ScapDocument.class, Metadata.class, Taxonomy.class,
        Theme.class, City.class, Location.class, Organization.class, Plan.class, Period.class,
        FocusArea.class, Target.class, Project.class, Money.class, Partner.class,
        Indicator.class, Event.class, Venue.class, EventOrganization.class, Session.class,
        SeatedTable.class, Invitation.class)) {
      put(found, type.getSimpleName(), List.of(type.getAnnotations()));
      for (RecordComponent component : type.getRecordComponents()) {
        String name = type.getSimpleName() + "." + component.getName();
        List<Annotation> own = new ArrayList<>(List.of(component.getAnnotations()));
        own.addAll(List.of(component.getAnnotatedType().getAnnotations()));
        put(found, name, own);
        List<Annotation> elements = new ArrayList<>();
        if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
          for (AnnotatedType argument : list.getAnnotatedActualTypeArguments()) {
            elements.addAll(List.of(argument.getAnnotations()));
          }
        }
        put(found, name + "<>", elements);
      }
    }

    assertThat(found).isEqualTo(new TreeMap<>(KNOWN));
  }

  @Test
  void findsTheExamplesPlansCitiesAndHeaderValid() {
    ScapDocument example = Examples.example();

    assertThat(example.plans()).allMatch(PlainlyValid::plan);
    assertThat(example.cities()).allMatch(PlainlyValid::city);
    assertThat(example.organizations()).allMatch(PlainlyValid::organization);
    assertThat(PlainlyValid.header(example)).isTrue();
  }

  @Test
  void findsABrokenPlanBrokenAndLeavesItsProblemsToHibernateValidator() {
    Plan plan = Plan.builder(PlanId.of("p"), CityId.of("c"), " ")
        .addFocusAreas(FocusArea.of(ThemeId.of("energy"), 1))
        .addProjects(Project.builder(ProjectId.of("-x"), "t", ThemeId.of("energy")).build())
        .build();

    assertThat(PlainlyValid.plan(plan)).isFalse();
    assertThat(BeanValidation.shared().validate(plan, "/plans/0"))
        .extracting(problem -> problem.pointer())
        .containsExactlyInAnyOrder("/plans/0/title", "/plans/0/projects/0/id");
  }

  @Test
  void findsAHeaderBrokenWhereAnEventBreaksAConstraint() {
    ScapDocument example = Examples.example();
    Event event = new Event(EventId.of("forum"), "Forum", LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 2), null, null, null, null, null, null);
    assertThat(PlainlyValid.header(example.toBuilder().events(List.of(event)).build())).isTrue();
    List<Event> broken = List.of(
        new Event(EventId.of("forum"), "Forum", LocalDate.of(2027, 3, 2),
            LocalDate.of(2027, 3, 1), null, null, null, null, null, null),
        event.withCities(List.of(CityId.of("Not An Id"))),
        event.withSessions(List.of(new Session(null, null, " ", null, null, null, null, null,
            null))));

    for (Event each : broken) {
      ScapDocument document = example.toBuilder().events(List.of(each)).build();
      assertThat(PlainlyValid.header(document)).isFalse();
      assertThat(BeanValidation.shared().validateFully(document, "")).isNotEmpty();
    }
  }

  @Test
  void leavesObjectsItDoesNotKnowToHibernateValidator() {
    assertThat(PlainlyValid.test(Money.of("3", "USD"))).isFalse();
    assertThat(PlainlyValid.test("text")).isFalse();
  }

  private static void put(Map<String, String> found, String name, List<Annotation> annotations) {
    TreeSet<String> names = new TreeSet<>();
    for (Annotation annotation : annotations) {
      boolean constraint = annotation.annotationType()
          .isAnnotationPresent(jakarta.validation.Constraint.class);
      if (constraint || annotation instanceof Valid) {
        names.add(annotation instanceof Min min ? "Min(" + min.value() + ")"
            : annotation.annotationType().getSimpleName());
      }
    }
    if (!names.isEmpty()) {
      found.put(name, names.toString());
    }
  }
}
