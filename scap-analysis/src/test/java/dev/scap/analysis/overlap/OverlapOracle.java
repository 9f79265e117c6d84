package dev.scap.analysis.overlap;

import dev.scap.analysis.internal.Fraction;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A second, deliberately plain implementation of CLI.md's "Metrics" and of FORMAT.md's plan
 * choice, written from the two pages and not from {@link ThemeOverlap}: quadratic, no index, no
 * bitsets, no parallelism.
 *
 * <p>Scores are worked out exactly, in {@link Fraction}s, as CLI.md says they are decided: a
 * weight is an integer, or 1/p for a priority p (its double being the one nearest to 1/p);
 * Jaccard, Dice and overlap are then exact rationals, cosine the root of one. The score given
 * is the double nearest to the exact value, which any correct implementation gives.
 */
public final class OverlapOracle {

  private OverlapOracle() {}

  /** A peer and its score. */
  record Scored(CityId city, double score) {}

  /**
   * FORMAT.md: "the plan whose period contains the reference year, else the latest: the one
   * whose period ends last, then starts last, then comes last in the document (a plan without
   * a period counts as older than any with one)". Several plans containing the year: the
   * latest of them.
   */
  static Optional<Plan> plan(ScapDocument document, CityId city, Integer year) {
    List<Plan> candidates = new ArrayList<>();
    for (Plan plan : document.plans()) {
      if (plan.city().equals(city)) {
        candidates.add(plan);
      }
    }
    if (year != null) {
      List<Plan> containing = candidates.stream().filter(p -> p.period() != null
          && p.period().start() <= year && year <= p.period().end()).toList();
      if (!containing.isEmpty()) {
        candidates = containing;
      }
    }
    // A stable sort keeps document order among equals, so the last one is the latest.
    Comparator<Plan> age = Comparator.comparing((Plan p) -> p.period() != null)
        .thenComparing(p -> p.period() == null ? 0 : p.period().end())
        .thenComparing(p -> p.period() == null ? 0 : p.period().start());
    List<Plan> sorted = candidates.stream().sorted(age).toList();
    return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1));
  }

  /** The themes of the profiles: all the taxonomy's, or only its top-level ones with rollup. */
  static List<ThemeId> themes(Taxonomy taxonomy, boolean rollup) {
    List<ThemeId> themes = new ArrayList<>();
    for (Theme theme : taxonomy.themes()) {
      if (!rollup || theme.broader() == null) {
        themes.add(theme.id());
      }
    }
    return themes;
  }

  /**
   * The profile theme a named theme counts for: itself, or with rollup the top of its broader
   * chain; {@code null} for a theme of another taxonomy.
   */
  static ThemeId target(Taxonomy taxonomy, ThemeId theme, boolean rollup) {
    Optional<Theme> found = taxonomy.theme(theme);
    if (found.isEmpty()) {
      return null;
    }
    Theme current = found.get();
    Set<ThemeId> seen = new HashSet<>();
    while (rollup && current.broader() != null && seen.add(current.id())) {
      current = taxonomy.theme(current.broader()).orElseThrow();
    }
    return current.id();
  }

  /** A plan's weights on the profile themes, in their order, zero weights left out. */
  static Map<ThemeId, Double> weights(Taxonomy taxonomy, Plan plan, Weighting weighting,
      boolean rollup) {
    Map<ThemeId, Double> raw = new HashMap<>();
    if (plan != null) {
      switch (weighting) {
        case PRESENCE -> {
          for (FocusArea area : plan.focusAreas()) {
            put(raw, target(taxonomy, area.theme(), rollup), 1.0);
          }
          for (Project project : plan.projects()) {
            for (ThemeId theme : project.themes()) {
              put(raw, target(taxonomy, theme, rollup), 1.0);
            }
          }
        }
        case PROJECTS -> {
          for (ThemeId t : themes(taxonomy, rollup)) {
            boolean focus = plan.focusAreas().stream()
                .anyMatch(a -> t.equals(target(taxonomy, a.theme(), rollup)));
            long projects = plan.projects().stream().filter(p -> p.themes().stream()
                .anyMatch(theme -> t.equals(target(taxonomy, theme, rollup)))).count();
            raw.put(t, (focus ? 1.0 : 0.0) + projects);
          }
        }
        case PRIORITY -> {
          int lowest = plan.focusAreas().size();
          for (FocusArea area : plan.focusAreas()) {
            ThemeId t = target(taxonomy, area.theme(), rollup);
            if (t != null) {
              double weight = 1.0 / (area.priority() == null ? lowest : area.priority());
              raw.merge(t, weight, Math::max);
            }
          }
        }
        default -> throw new IllegalStateException(weighting.name());
      }
    }
    Map<ThemeId, Double> ordered = new LinkedHashMap<>();
    for (ThemeId t : themes(taxonomy, rollup)) {
      double w = raw.getOrDefault(t, 0.0);
      if (w > 0) {
        ordered.put(t, w);
      }
    }
    return ordered;
  }

  private static void put(Map<ThemeId, Double> weights, ThemeId theme, double weight) {
    if (theme != null) {
      weights.put(theme, weight);
    }
  }

  /** A profile weight's exact value: an integer, or 1/p given as the double nearest to it. */
  static Fraction exactWeight(double weight) {
    if (weight == Math.rint(weight)) {
      return Fraction.of((long) weight, 1);
    }
    long p = Math.round(1 / weight);
    if (1.0 / p != weight) {
      throw new IllegalArgumentException("neither an integer nor 1/p: " + weight);
    }
    return Fraction.of(1, p);
  }

  /**
   * CLI.md's formula of a metric, exactly: the score itself for Jaccard, Dice and overlap, its
   * square for cosine.
   */
  static Fraction exactScore(Metric metric, Map<ThemeId, Double> a, Map<ThemeId, Double> b,
      List<ThemeId> themes) {
    List<Fraction> x = new ArrayList<>();
    List<Fraction> y = new ArrayList<>();
    for (ThemeId t : themes) {
      x.add(exactWeight(a.getOrDefault(t, 0.0)));
      y.add(exactWeight(b.getOrDefault(t, 0.0)));
    }
    return exactScore(metric, x, y);
  }

  /**
   * CLI.md's formula of a metric on two profiles' exact weights, theme by theme: the score
   * itself for Jaccard, Dice and overlap, its square for cosine; 0 for a zero profile.
   *
   * @param metric the metric
   * @param a one profile's weights
   * @param b the other's, on the same themes
   * @return the exact score
   */
  public static Fraction exactScore(Metric metric, List<Fraction> a, List<Fraction> b) {
    Fraction sumMin = Fraction.ZERO;
    Fraction sumMax = Fraction.ZERO;
    Fraction sumA = Fraction.ZERO;
    Fraction sumB = Fraction.ZERO;
    Fraction dot = Fraction.ZERO;
    Fraction squaresA = Fraction.ZERO;
    Fraction squaresB = Fraction.ZERO;
    for (int t = 0; t < a.size(); t++) {
      Fraction x = a.get(t);
      Fraction y = b.get(t);
      sumMin = sumMin.plus(x.min(y));
      sumMax = sumMax.plus(x.compareTo(y) >= 0 ? x : y);
      sumA = sumA.plus(x);
      sumB = sumB.plus(y);
      dot = dot.plus(x.times(y));
      squaresA = squaresA.plus(x.times(x));
      squaresB = squaresB.plus(y.times(y));
    }
    if (sumA.isZero() || sumB.isZero()) {
      return Fraction.ZERO;
    }
    return switch (metric) {
      case JACCARD -> sumMin.dividedBy(sumMax);
      case DICE -> sumMin.plus(sumMin).dividedBy(sumA.plus(sumB));
      case OVERLAP -> sumMin.dividedBy(sumA.min(sumB));
      case COSINE -> dot.times(dot).dividedBy(squaresA.times(squaresB));
    };
  }

  /** The double nearest to an exact score (given squared for cosine). */
  static double nearest(Metric metric, Fraction exact) {
    return metric.usesProducts() ? exact.sqrtToDouble() : exact.toDouble();
  }

  /** CLI.md's formula of a metric: the double nearest to the exact score. */
  static double score(Metric metric, Map<ThemeId, Double> a, Map<ThemeId, Double> b,
      List<ThemeId> themes) {
    return nearest(metric, exactScore(metric, a, b, themes));
  }

  /**
   * Brute-force top peers of the city at {@code city}: every other city scored exactly, kept if
   * above 0 and at least {@code minScore} (taken as the decimal {@link Double#toString} gives),
   * by descending exact score then id in string order, cut to k.
   */
  static List<Scored> topPeers(List<CityProfile> profiles, List<ThemeId> themes, Metric metric,
      int city, int k, double minScore) {
    Fraction least = minScore <= 0 ? Fraction.ZERO
        : Fraction.of(new BigDecimal(Double.toString(minScore)));
    Fraction bar = metric.usesProducts() ? least.times(least) : least;
    record Exact(CityId city, Fraction score) {}
    List<Exact> all = new ArrayList<>();
    for (int j = 0; j < profiles.size(); j++) {
      if (j != city) {
        Fraction score = exactScore(metric, profiles.get(city).weights(),
            profiles.get(j).weights(), themes);
        if (!score.isZero() && score.compareTo(bar) >= 0) {
          all.add(new Exact(profiles.get(j).city(), score));
        }
      }
    }
    all.sort(Comparator.comparing(Exact::score).reversed()
        .thenComparing(s -> s.city().value()));
    return all.subList(0, Math.min(k, all.size())).stream()
        .map(e -> new Scored(e.city(), nearest(metric, e.score()))).toList();
  }

  /** The projects of a plan on a profile theme (with rollup, also on a narrower theme). */
  static List<ProjectId> projectsOn(Taxonomy taxonomy, Plan plan, ThemeId theme,
      boolean rollup) {
    List<ProjectId> projects = new ArrayList<>();
    if (plan != null) {
      for (Project project : plan.projects()) {
        if (project.themes().stream()
            .anyMatch(t -> theme.equals(target(taxonomy, t, rollup)))) {
          projects.add(project.id());
        }
      }
    }
    return projects;
  }
}
