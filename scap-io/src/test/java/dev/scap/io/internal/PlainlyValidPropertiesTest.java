package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.City;
import dev.scap.model.Organization;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.internal.BeanValidation;
import dev.scap.model.internal.PlainlyValid;
import dev.scap.model.validation.Problem;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.Mutated;
import dev.scap.testkit.Mutation;
import dev.scap.testkit.ScapArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link PlainlyValid} against Hibernate Validator, over valid documents and documents broken by
 * one or two {@link Mutation}s: the model's own tests cannot reach scap-testkit, which is built
 * after the model.
 */
class PlainlyValidPropertiesTest {

  private static final BeanValidation VALIDATION = BeanValidation.shared();

  @Property(tries = 300)
  void findsAPlanCityOrOrganizationValidExactlyWhenHibernateValidatorFindsNoViolation(
      @ForAll("documents") ScapDocument document) {
    List<Plan> plans = document.plans();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      boolean none = VALIDATION.validateFully(plan, "/plans/" + i).isEmpty();
      Statistics.label("plans").collect(none ? "valid" : "broken");
      assertThat(PlainlyValid.plan(plan)).as("plan %d: %s", i, plan).isEqualTo(none);
      assertThat(PlainlyValid.test(plan)).isEqualTo(none);
    }
    List<City> cities = document.cities();
    for (int i = 0; i < cities.size(); i++) {
      City city = cities.get(i);
      boolean none = VALIDATION.validateFully(city, "/cities/" + i).isEmpty();
      assertThat(PlainlyValid.city(city)).as("city %d: %s", i, city).isEqualTo(none);
    }
    List<Organization> organizations = document.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization organization = organizations.get(i);
      boolean none = VALIDATION.validateFully(organization, "/organizations/" + i).isEmpty();
      assertThat(PlainlyValid.organization(organization)).as("organization %d", i)
          .isEqualTo(none);
    }
    ScapDocument header = document.toBuilder().cities(List.of()).organizations(List.of())
        .plans(List.of()).build();
    boolean headerValid = VALIDATION.validateFully(header, "").isEmpty();
    Statistics.label("events").collect(document.events().isEmpty() ? "none" : "some");
    assertThat(PlainlyValid.header(document)).isEqualTo(headerValid);
  }

  @Property(tries = 300)
  void reportsTheProblemsThatHibernateValidatorAloneReports(
      @ForAll("documents") ScapDocument document) {
    // Hibernate Validator validates an object once, however often the document holds that very
    // instance (as a mutation that repeats an object makes it); a document read from JSON holds
    // no object twice, and the fast path reports each place.
    Assume.that(noObjectTwice(document.cities()) && noObjectTwice(document.organizations())
        && noObjectTwice(document.plans()) && noObjectTwice(document.events()));
    assertThat(VALIDATION.validate(document, ""))
        .containsExactlyInAnyOrderElementsOf(VALIDATION.validateFully(document, ""));
    List<Problem> byPlan = new ArrayList<>();
    List<Problem> alone = new ArrayList<>();
    for (int i = 0; i < document.plans().size(); i++) {
      VALIDATION.validatePlan(document.plans().get(i), "/plans/" + i, new HashSet<>(),
          byPlan::add);
      alone.addAll(VALIDATION.validateFully(document.plans().get(i), "/plans/" + i));
    }
    assertThat(byPlan).containsExactlyInAnyOrderElementsOf(alone);
    List<Problem> header = new ArrayList<>();
    VALIDATION.validateHeader(document, pointer -> false, header::add);
    List<Problem> expected = new ArrayList<>(VALIDATION.validateFully(
        document.toBuilder().plans(List.of()).build(), ""));
    assertThat(header).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static boolean noObjectTwice(List<?> objects) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return objects.stream().allMatch(seen::add);
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    Arbitrary<ScapDocument> valid = ScapArbitraries.documents(DocumentSizes.rich());
    Arbitrary<Mutated> once = Mutation.anyAppliedTo(valid);
    Arbitrary<ScapDocument> twice = Combinators.combine(once, Mutation.arbitrary(),
            Arbitraries.integers().between(0, 9999))
        .filter((first, mutation, choice) -> mutation.isApplicable(first.document()))
        .as((first, mutation, choice) -> mutation.apply(first.document(), choice).document());
    return Arbitraries.oneOf(valid, once.map(Mutated::document), twice);
  }
}
