package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.scap.model.CityId;
import dev.scap.model.Examples;
import dev.scap.model.Money;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The validation that starts on the plans while the document is still being read: whoever
 * checks the plans, the caller alone or workers, it finds what checking them one after the
 * other finds.
 */
class DocumentValidationTest {

  /** 200 plans, several batches, with a bad currency in every seventh one and a dangling city. */
  private static final ScapDocument DOCUMENT = manyPlans(200);

  private static final Comparator<Problem> BY_POINTER_AND_RULE =
      Comparator.comparing(Problem::pointer).thenComparing(Problem::rule)
          .thenComparing(Problem::message);

  @Test
  void findsWhatCheckingEachPlanInTurnFinds() {
    assertThat(sorted(handOverAndFinish(DocumentValidation::new, DOCUMENT)))
        .isEqualTo(oneAfterTheOther(DOCUMENT))
        .extracting(Problem::rule)
        .contains(Rule.INVALID_CURRENCY.code(), Rule.UNKNOWN_REFERENCE.code());
  }

  @Test
  void checksEveryPlanItselfWhenNoWorkerEverRuns() {
    AtomicInteger asked = new AtomicInteger();
    assertThat(sorted(handOverAndFinish(
        sink -> new DocumentValidation(sink, task -> asked.incrementAndGet(), 4), DOCUMENT)))
        .isEqualTo(oneAfterTheOther(DOCUMENT));
    assertThat(asked).hasPositiveValue();
  }

  @Test
  void asksForNoWorkerWhenItMayHaveNone() {
    AtomicInteger asked = new AtomicInteger();
    assertThat(sorted(handOverAndFinish(
        sink -> new DocumentValidation(sink, task -> asked.incrementAndGet(), 0), DOCUMENT)))
        .isEqualTo(oneAfterTheOther(DOCUMENT));
    assertThat(asked).hasValue(0);
  }

  @Test
  void leavesNothingToAWorkerThatRunsAfterTheEnd() {
    List<Runnable> late = new ArrayList<>();
    List<Problem> problems = handOverAndFinish(
        sink -> new DocumentValidation(sink, late::add, 2), DOCUMENT);

    late.forEach(Runnable::run);

    assertThat(late).isNotEmpty();
    assertThat(sorted(problems)).isEqualTo(oneAfterTheOther(DOCUMENT));
  }

  @Test
  void checksEveryPlanItselfWhenItsWorkersAreRefused() {
    AtomicInteger asked = new AtomicInteger();
    assertThat(sorted(handOverAndFinish(sink -> new DocumentValidation(sink, task -> {
      asked.incrementAndGet();
      throw new RejectedExecutionException("full");
    }, 2), DOCUMENT)))
        .isEqualTo(oneAfterTheOther(DOCUMENT));
    assertThat(asked).hasValueGreaterThan(1);  // asked again for later batches
  }

  @Test
  void letsGoOfThePlansOnceCancelledThoughItsWorkersAreStillQueued()
      throws InterruptedException {
    List<Runnable> queued = new ArrayList<>();
    WeakReference<Plan> first = handOverFreshPlansAndCancel(
        new DocumentValidation(problem -> { }, queued::add, 2));

    for (int i = 0; i < 20 && first.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }

    assertThat(queued).isNotEmpty();
    assertThat(first.get()).isNull();
  }

  private static WeakReference<Plan> handOverFreshPlansAndCancel(DocumentValidation validation) {
    Plan plan = null;
    for (int i = 0; i < 100; i++) {
      Plan fresh = DOCUMENT.plans().get(i).toBuilder().build();
      plan = plan == null ? fresh : plan;
      validation.plan(fresh, i);
    }
    validation.cancel();
    return new WeakReference<>(plan);
  }

  @Test
  void sharesThePlansWithWorkersOfItsOwnPool() throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(3);
    try {
      for (int run = 0; run < 20; run++) {
        assertThat(sorted(handOverAndFinish(
            sink -> new DocumentValidation(sink, workers, 3), DOCUMENT)))
            .isEqualTo(oneAfterTheOther(DOCUMENT));
      }
    } finally {
      workers.shutdown();
    }
  }

  @Test
  void checksADocumentWithoutPlans() {
    ScapDocument none = Examples.example().toBuilder().plans(List.of()).build();

    assertThat(handOverAndFinish(DocumentValidation::new, none)).isEmpty();
  }

  @Test
  void refusesADocumentWhosePlansWereNotAllHandedOver() {
    DocumentValidation validation = new DocumentValidation(problem -> { });
    validation.plan(DOCUMENT.plans().get(0), 0);

    assertThatIllegalArgumentException().isThrownBy(() -> validation.finish(DOCUMENT))
        .withMessage("1 plans handed over for a document of 200");
  }

  /**
   * Given the header before the plans, the rules across objects run with the plans: they find,
   * in the same order, what checking the whole document finds, whoever runs them.
   */
  @Test
  void checksTheRulesAcrossObjectsAsThePlansComeWhenGivenTheHeaderFirst() {
    ScapDocument document = withRepeatedIds(DOCUMENT);
    ExecutorService workers = Executors.newFixedThreadPool(3);
    List<Runnable> late = new ArrayList<>();
    Function<Consumer<Problem>, DocumentValidation> noWorker =
        sink -> new DocumentValidation(sink, task -> { }, 0);
    try {
      List<Function<Consumer<Problem>, DocumentValidation>> ways = List.of(
          DocumentValidation::new,
          sink -> new DocumentValidation(sink, workers, 3),
          sink -> new DocumentValidation(sink, late::add, 2),
          sink -> new DocumentValidation(sink, task -> {
            throw new RejectedExecutionException("full");
          }, 2),
          noWorker);
      for (Function<Consumer<Problem>, DocumentValidation> way : ways) {
        for (int run = 0; run < 5; run++) {
          // with no worker, the caller checks the rules at the end, as it always did
          List<Problem> problems = handOverAndFinish(way,
              document.toBuilder().plans(List.of()).build(), document, way != noWorker);

          assertThat(sorted(problems)).isEqualTo(oneAfterTheOther(document));
          assertThat(acrossObjects(problems)).isEqualTo(DocumentRules.check(document))
              .extracting(Problem::rule)
              .contains(Rule.DUPLICATE_ID.code(), Rule.UNKNOWN_REFERENCE.code());
        }
      }
      late.forEach(Runnable::run);
    } finally {
      workers.shutdown();
    }
  }

  /**
   * A header that turns out not to be the document's (its cities came after its plans) leaves
   * the rules to the end, as without a header.
   */
  @Test
  void checksTheRulesAtTheEndWhenTheHeaderWasNotTheDocuments() {
    ScapDocument document = withRepeatedIds(DOCUMENT);
    ScapDocument beforeCities = document.toBuilder().plans(List.of()).cities(List.of()).build();

    List<Problem> problems =
        handOverAndFinish(DocumentValidation::new, beforeCities, document, false);

    assertThat(sorted(problems)).isEqualTo(oneAfterTheOther(document));
    assertThat(acrossObjects(problems)).isEqualTo(DocumentRules.check(document));
  }

  /**
   * The header's own problems come first, then the plans', as checking the whole document
   * gives them, from the rules checked early.
   */
  @Test
  void handsOverTheHeadersProblemsFirstFromTheRulesCheckedEarly() {
    ScapDocument document = withRepeatedIds(DOCUMENT);
    List<dev.scap.model.City> cities = new ArrayList<>(document.cities());
    cities.add(cities.get(0));  // a city id twice
    document = document.toBuilder().cities(cities).build();

    List<Problem> problems = handOverAndFinish(sink -> new DocumentValidation(sink,
        Runnable::run, 1), document.toBuilder().plans(List.of()).build(), document, true);

    List<Problem> expected = DocumentRules.check(document);
    assertThat(expected.get(0).pointer()).startsWith("/cities/");
    assertThat(acrossObjects(problems)).isEqualTo(expected);
  }

  /**
   * Past {@link DocumentValidation#EARLY_PROBLEMS} problems of the rules checked early, none is
   * held: the rules are checked again at the end, as without a header.
   */
  @Test
  void checksTheRulesAtTheEndWhenTooManyProblemsWouldBeHeld() {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 2 * DocumentValidation.EARLY_PROBLEMS; i++) {
      plans.add(DOCUMENT.plans().get(i % DOCUMENT.plans().size()).toBuilder()
          .id(PlanId.of("plan-" + i)).city(CityId.of("nowhere-" + i)).build());
    }
    ScapDocument document = DOCUMENT.toBuilder().plans(plans).build();

    List<Problem> problems = handOverAndFinish(DocumentValidation::new,
        document.toBuilder().plans(List.of()).build(), document, false);

    assertThat(acrossObjects(problems)).isEqualTo(DocumentRules.check(document))
        .hasSizeGreaterThan(DocumentValidation.EARLY_PROBLEMS);
  }

  /** The problems of the rules across objects, in the order they were handed over. */
  private static List<Problem> acrossObjects(List<Problem> problems) {
    List<String> rules = List.of(Rule.DUPLICATE_ID.code(), Rule.UNKNOWN_REFERENCE.code(),
        Rule.THEME_OUTSIDE_PLAN.code());
    synchronized (problems) {
      return problems.stream().filter(problem -> rules.contains(problem.rule())).toList();
    }
  }

  /** The document with a project id of each tenth plan repeated in the next plan. */
  private static ScapDocument withRepeatedIds(ScapDocument document) {
    List<Plan> plans = new ArrayList<>(document.plans());
    for (int i = 0; i + 1 < plans.size(); i += 10) {
      Plan next = plans.get(i + 1);
      List<Project> projects = new ArrayList<>(next.projects());
      projects.set(0, projects.get(0).toBuilder().id(plans.get(i).projects().get(0).id())
          .build());
      plans.set(i + 1, next.toBuilder().projects(projects).build());
    }
    return document.toBuilder().plans(plans).build();
  }

  /**
   * Hands the header and then every plan over to a validation made with a sink, finishes,
   * checks whether the rules were checked early, returns what it got.
   */
  private static List<Problem> handOverAndFinish(
      Function<Consumer<Problem>, DocumentValidation> withSink, ScapDocument header,
      ScapDocument document, boolean early) {
    List<Problem> found = Collections.synchronizedList(new ArrayList<>());
    DocumentValidation validation = withSink.apply(found::add);
    validation.header(header);
    for (int i = 0; i < document.plans().size(); i++) {
      validation.plan(document.plans().get(i), i);
    }
    validation.finish(document);
    assertThat(validation.checkedEarly()).as("the rules checked early").isEqualTo(early);
    return found;
  }

  /** Hands every plan over to a validation made with a sink, finishes, returns what it got. */
  private static List<Problem> handOverAndFinish(
      Function<Consumer<Problem>, DocumentValidation> withSink, ScapDocument document) {
    List<Problem> found = Collections.synchronizedList(new ArrayList<>());
    DocumentValidation validation = withSink.apply(found::add);
    for (int i = 0; i < document.plans().size(); i++) {
      validation.plan(document.plans().get(i), i);
    }
    validation.finish(document);
    return found;
  }

  private static List<Problem> oneAfterTheOther(ScapDocument document) {
    BeanValidation beanValidation = BeanValidation.shared();
    List<Problem> problems = new ArrayList<>(
        beanValidation.validate(document.toBuilder().plans(List.of()).build(), ""));
    for (int i = 0; i < document.plans().size(); i++) {
      problems.addAll(beanValidation.validate(document.plans().get(i), "/plans/" + i));
    }
    problems.addAll(DocumentRules.check(document));
    return sorted(problems);
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(BY_POINTER_AND_RULE);
    return copy;
  }

  private static ScapDocument manyPlans(int count) {
    ScapDocument example = Examples.example();
    Plan model = example.plans().get(0);
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Project> projects = new ArrayList<>();
      for (Project project : model.projects()) {
        Project.Builder copy = project.toBuilder()
            .id(ProjectId.of(project.id().value() + "-" + i));
        if (i % 7 == 3) {
          copy.cost(Money.of("10", "usd"));
        }
        projects.add(copy.build());
      }
      Plan.Builder plan = model.toBuilder().id(PlanId.of("plan-" + i)).projects(projects);
      if (i == count - 1) {
        plan.city(CityId.of("atlantis"));
      }
      plans.add(plan.build());
    }
    return example.toBuilder().plans(plans).build();
  }
}
