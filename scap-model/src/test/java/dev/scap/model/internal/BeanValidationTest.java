package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Indicator;
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
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BeanValidationTest {

  private static final List<Class<?>> MODEL = List.of(ScapDocument.class, Metadata.class,
      Taxonomy.class, Theme.class, City.class, Location.class, Organization.class, Plan.class,
      Period.class, FocusArea.class, Target.class, Project.class, Money.class, Partner.class,
      Indicator.class);

  @Test
  void knowsTheRuleOfEveryConstraintThatTheModelUses() {
    List<Class<? extends Annotation>> constraints = MODEL.stream()
        .flatMap(BeanValidationTest::annotations)
        .map(Annotation::annotationType)
        .filter(type -> type.isAnnotationPresent(Constraint.class))
        .distinct().toList();

    assertThat(constraints).isNotEmpty();
    assertThat(BeanValidation.RULES.keySet()).containsAll(constraints);
  }

  @Test
  void pointsIntoTheObjectValidatedFromTheBaseGiven() {
    Money money = Money.of("-3", "usd");

    List<Problem> problems = BeanValidation.shared().validate(money, "/plans/2/projects/0/cost");

    assertThat(problems).containsExactlyInAnyOrder(
        Rule.OUT_OF_RANGE.at("/plans/2/projects/0/cost/amount",
            "amount -3 is below the minimum of 0"),
        Rule.INVALID_CURRENCY.at("/plans/2/projects/0/cost/currency",
            "currency \"usd\" is not an ISO 4217 currency code, such as USD or EUR"));
  }

  @Test
  void validatesAPlanFocusAreaByFocusAreaAsValidatingItWholeDoes() {
    Plan plan = brokenPlan();
    List<Problem> apart = new ArrayList<>();

    BeanValidation.shared().validatePlan(plan, "/plans/4", new HashSet<>(), apart::add);

    assertThat(apart).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(BeanValidation.shared().validate(plan, "/plans/4"))
        .contains(Rule.OUT_OF_RANGE.at("/plans/4/focusAreas/3/priority",
            "priority 0 is below the minimum of 1"))
        .extracting(Problem::pointer).contains("/plans/4/projects/0/themes/1",
            "/plans/4/projects/0/themes/2", "/plans/4/projects/2/themes")
        .doesNotContain("/plans/4/projects/0/themes/0");
  }

  @Test
  void remembersOnlyTheFocusAreasAndThemesFoundValid() {
    Set<Object> valid = new HashSet<>();

    BeanValidation.shared().validatePlan(brokenPlan(), "/plans/0", valid, problem -> { });

    assertThat(valid).containsExactlyInAnyOrder(FocusArea.of(ThemeId.of("energy")),
        FocusArea.of(ThemeId.of("energy"), 2), ThemeId.of("energy"));
  }

  @Test
  void reportsAFocusAreaAgainInEveryPlanThatHasIt() {
    Set<Object> valid = new HashSet<>();
    List<Problem> first = new ArrayList<>();
    List<Problem> second = new ArrayList<>();

    BeanValidation.shared().validatePlan(brokenPlan(), "/plans/0", valid, first::add);
    BeanValidation.shared().validatePlan(brokenPlan(), "/plans/1", valid, second::add);

    assertThat(second).hasSameSizeAs(first)
        .contains(Rule.INVALID_IDENTIFIER.at("/plans/1/focusAreas/2/theme",
            first.stream().filter(p -> p.pointer().equals("/plans/0/focusAreas/2/theme"))
                .findFirst().orElseThrow().message()));
  }

  /** A plan whose focus areas are valid, invalid, and repeated. */
  private static Plan brokenPlan() {
    return Plan.builder(PlanId.of("p"), CityId.of("c"), "Plan")
        .focusAreas(List.of(FocusArea.of(ThemeId.of("energy")),
            FocusArea.of(ThemeId.of("energy"), 2), FocusArea.of(ThemeId.of("Not An Id")),
            FocusArea.of(ThemeId.of("water"), 0), FocusArea.of(ThemeId.of("Not An Id")),
            new FocusArea(null, null, null, null)))
        .projects(List.of(Project.builder(ProjectId.of("x"), " ", ThemeId.of("water"),
                ThemeId.of("Bad"), ThemeId.of("Not An Id")).build(),
            Project.builder(ProjectId.of("y"), "Y", ThemeId.of("energy")).build(),
            Project.builder(ProjectId.of("z"), "Z").build()))
        .build();
  }

  private static Stream<Annotation> annotations(Class<?> type) {
    List<Annotation> all = new ArrayList<>(Arrays.asList(type.getAnnotations()));
    for (RecordComponent component : type.getRecordComponents()) {
      all.addAll(Arrays.asList(component.getAnnotations()));
      collect(component.getAnnotatedType(), all);
    }
    return all.stream();
  }

  /** Adds the annotations on a type and on its type arguments, as in {@code List<@Valid X>}. */
  private static void collect(AnnotatedType type, List<Annotation> into) {
    into.addAll(Arrays.asList(type.getAnnotations()));
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        collect(argument, into);
      }
    }
  }
}
