package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.CityId;
import dev.scap.model.Examples;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

  /** The example with plan 1 renamed to plan 0's id, one unknown city and one unknown theme. */
  private static final ScapDocument BROKEN = broken();

  @Test
  void findsTheSameProblemsPlanByPlanAsInOnePass() {
    DocumentRules rules = DocumentRules.forHeader(BROKEN, null);
    List<Problem> planByPlan = new ArrayList<>(rules.headerProblems());
    for (int p = 0; p < BROKEN.plans().size(); p++) {
      planByPlan.addAll(rules.checkPlan(BROKEN.plans().get(p), p));
    }

    assertThat(planByPlan).isEqualTo(DocumentRules.check(BROKEN)).hasSize(3);
  }

  @Test
  void saysAnEarlierObjectWhenTheRegistryDoesNotKnowWhere() {
    Set<String> seen = new HashSet<>();
    DocumentRules.IdRegistry hashes = (kind, id, at) -> seen.add(kind + " " + id) ? null : "";
    DocumentRules rules = DocumentRules.forHeader(BROKEN, hashes);

    rules.checkPlan(BROKEN.plans().get(0), 0);
    List<Problem> problems = rules.checkPlan(BROKEN.plans().get(1), 1);

    assertThat(problems).contains(Rule.DUPLICATE_ID.at("/plans/1/id",
        "plan id \"cebu-city-scap-2018\" is already the id of an earlier plan"));
  }

  @Test
  void findsNoHeaderProblemWhenOnlyPlansAreBroken() {
    assertThat(DocumentRules.forHeader(BROKEN, null).headerProblems()).isEmpty();
  }

  private static ScapDocument broken() {
    ScapDocument example = Examples.example();
    List<Plan> plans = new ArrayList<>(example.plans());
    Plan davao = plans.get(1);
    List<Project> projects = List.of(Project.builder(ProjectId.of("davao-flood-control"),
        "Flood control", ThemeId.of("smart-water")).build());
    plans.set(1, davao.toBuilder().id(PlanId.of("cebu-city-scap-2018"))
        .city(CityId.of("manila")).projects(projects).build());
    return example.toBuilder().plans(plans).build();
  }
}
