package dev.scap.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import dev.scap.model.validation.ScapValidator;
import dev.scap.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MutationTest {

  private static final ScapValidator VALIDATOR = ScapValidator.instance();

  @Property(tries = 400)
  void reportsExactlyTheOneProblemOfEachMutation(@ForAll("mutated") Mutated mutated) {
    assertReportedAlone(mutated);
  }

  @Property(tries = 60)
  void reportsExactlyTheOneProblemOfMutationsOfSmallDocuments(
      @ForAll("mutatedSmall") Mutated mutated) {
    assertReportedAlone(mutated);
  }

  @Example
  void reportsExactlyTheOneProblemOfEveryMutationAtItsFirstAndLastSitesInASample() {
    List<String> failures = new ArrayList<>();
    for (ScapDocument document : Samples.richDocuments()) {
      for (Mutation mutation : Mutation.catalogue()) {
        int last = mutation.siteCount(document) - 1;
        // The first sites and the last, which sit at the deepest indexes.
        Set<Integer> choices = new TreeSet<>(List.of(0, 1, last - 1, last));
        choices.removeIf(choice -> choice < 0 || choice > last);
        for (int choice : choices) {
          Mutated mutated = mutation.apply(document, choice);
          ValidationReport report = VALIDATOR.validate(mutated.document());
          if (!mutated.isReportedAloneIn(report)) {
            failures.add(mutated + " but got " + report.problems());
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Example
  void appliesEveryMutationOnTopOfEveryOtherWithoutFailing() {
    // Generators apply a second mutation to a broken document: a missing project id, then a
    // malformed one, once threw a NullPointerException.
    List<String> failures = new ArrayList<>();
    for (ScapDocument document : Samples.richDocuments()) {
      for (Mutation first : Mutation.catalogue()) {
        if (!first.isApplicable(document)) {
          continue;
        }
        ScapDocument broken = first.apply(document).document();
        for (Mutation second : Mutation.catalogue()) {
          try {
            if (second.isApplicable(broken)) {
              assertThat(second.apply(broken).document()).isNotNull();
            }
          } catch (RuntimeException e) {
            failures.add(first + " then " + second + ": " + e);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Example
  void appliesEveryMutationToSomeGeneratedDocuments() {
    List<ScapDocument> documents = Samples.richDocuments();
    Map<Mutation, Long> applicable = new EnumMap<>(Mutation.class);
    for (Mutation mutation : Mutation.catalogue()) {
      applicable.put(mutation, documents.stream().filter(mutation::isApplicable).count());
    }

    assertThat(applicable).allSatisfy((mutation, count) ->
        assertThat(count).as("documents that %s applies to", mutation).isPositive());
  }

  @Example
  void breaksEveryRuleOfTheModel() {
    assertThat(Mutation.catalogue()).extracting(Mutation::rule)
        .containsAll(List.of(Rule.values()));
  }

  @Example
  void appliesOneMutationThroughItsOwnArbitrary() {
    List<Mutated> mutated = Samples.draw(
        Mutation.BROADER_CYCLE.appliedTo(ScapArbitraries.documents(DocumentSizes.rich())), 5, 10);

    assertThat(mutated).allSatisfy(m -> {
      assertThat(m.mutation()).isEqualTo(Mutation.BROADER_CYCLE);
      assertReportedAlone(m);
    });
  }

  @Example
  void refusesADocumentThatItDoesNotApplyTo() {
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(BuiltInTaxonomies.wegoAscn2019()).build();

    assertThat(Mutation.DANGLING_PLAN_CITY.isApplicable(document)).isFalse();
    assertThat(Mutation.DANGLING_PLAN_CITY.siteCount(document)).isZero();
    assertThatThrownBy(() -> Mutation.DANGLING_PLAN_CITY.apply(document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DANGLING_PLAN_CITY");
  }

  @Example
  void breaksTheDocumentAtTheChosenSite() {
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(BuiltInTaxonomies.wegoAscn2019()).build();

    Mutated mutated = Mutation.BLANK_THEME_LABEL.apply(document, 7);

    assertThat(mutated.expectedPointer()).isEqualTo("/taxonomies/0/themes/2/label");
    assertThat(mutated.document().taxonomies().get(0).themes().get(2).label()).isBlank();
    assertThat(document.taxonomies().get(0).themes().get(2).label()).isNotBlank();
  }

  @Provide
  Arbitrary<Mutated> mutated() {
    return Mutation.anyAppliedTo(ScapArbitraries.documents(DocumentSizes.rich()));
  }

  @Provide
  Arbitrary<Mutated> mutatedSmall() {
    return Mutation.anyAppliedTo(ScapArbitraries.documents());
  }

  private static void assertReportedAlone(Mutated mutated) {
    List<Problem> problems = VALIDATOR.validate(mutated.document()).problems();
    assertThat(problems)
        .as("%s; report: %s", mutated, problems)
        .extracting(Problem::severity, Problem::rule, Problem::pointer)
        .containsExactly(tuple(mutated.expectedSeverity(), mutated.expectedRule().code(),
            mutated.expectedPointer()));
  }
}
