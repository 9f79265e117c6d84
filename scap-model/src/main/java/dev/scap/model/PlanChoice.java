package dev.scap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The format's rule for which of a city's plans an analysis uses (docs/FORMAT.md, "Plan"): for
 * a reference year, the latest plan whose period contains the year, else the latest plan; with
 * no year, the latest plan. The latest is the plan whose period ends last, then starts last,
 * then comes last in the list; a plan without a complete period is older than any with one.
 * The command line's {@code --year} option gives the reference year. {@link
 * ScapDocument#planFor} and {@link ScapDocument#latestPlan} apply the rule to a document's city.
 * Stateless and thread-safe.
 */
public final class PlanChoice {

  private PlanChoice() {}

  /**
   * Chooses the plan for a reference year.
   *
   * @param plans one city's plans, in document order
   * @param year the reference year
   * @return the latest plan whose period contains {@code year}, else the latest plan; empty if
   *     there is no plan
   * @throws NullPointerException if {@code plans} is or holds {@code null}
   */
  public static Optional<Plan> choose(List<Plan> plans, int year) {
    Objects.requireNonNull(plans, "plans");
    List<Plan> containing = plans.stream()
        .filter(p -> p.period() != null && p.period().contains(year)).toList();
    return latest(containing.isEmpty() ? plans : containing);
  }

  /**
   * Chooses the latest plan: the one whose period ends last, then starts last, then comes last;
   * a plan without a complete period is older than any with one.
   *
   * @param plans one city's plans, in document order
   * @return the latest, empty if there is none
   * @throws NullPointerException if {@code plans} is or holds {@code null}
   */
  public static Optional<Plan> latest(List<Plan> plans) {
    Objects.requireNonNull(plans, "plans");
    Plan best = null;
    for (Plan plan : plans) {
      if (best == null || compare(plan.period(), best.period()) >= 0) {
        best = plan;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int compare(Period a, Period b) {
    boolean aKnown = isComplete(a);
    boolean bKnown = isComplete(b);
    if (aKnown != bKnown) {
      return aKnown ? 1 : -1;
    }
    if (!aKnown) {
      return 0;
    }
    int byEnd = Integer.compare(a.end(), b.end());
    return byEnd != 0 ? byEnd : Integer.compare(a.start(), b.start());
  }

  private static boolean isComplete(Period period) {
    return period != null && period.start() != null && period.end() != null;
  }
}
