package dev.scap.analysis.overlap;

import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
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
 * <p>Sums are added in the order of the profile's themes, as CLI.md's Σ reads, so that for
 * integer weights (presence, projects) every metric gives the same double as any other correct
 * implementation that adds in that order; with priority weights only Jaccard may differ in the
 * last bits, because Σmax is summed here while it may also be had as ΣA + ΣB − Σmin.
 */
final class OverlapOracle {

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

  /** CLI.md's formula of a metric, its sums added in the order of {@code themes}. */
  static double score(Metric metric, Map<ThemeId, Double> a, Map<ThemeId, Double> b,
      List<ThemeId> themes) {
    double sumMin = 0;
    double sumMax = 0;
    double sumA = 0;
    double sumB = 0;
    double dot = 0;
    double squaresA = 0;
    double squaresB = 0;
    for (ThemeId t : themes) {
      double x = a.getOrDefault(t, 0.0);
      double y = b.getOrDefault(t, 0.0);
      if (x > 0 || y > 0) {
        sumMin += Math.min(x, y);
        sumMax += Math.max(x, y);
      }
      if (x > 0) {
        sumA += x;
        squaresA += x * x;
      }
      if (y > 0) {
        sumB += y;
        squaresB += y * y;
      }
      if (x > 0 && y > 0) {
        dot += x * y;
      }
    }
    if (sumA == 0 || sumB == 0) {
      return 0;
    }
    double score = switch (metric) {
      case JACCARD -> sumMin / sumMax;
      case DICE -> 2 * sumMin / (sumA + sumB);
      case OVERLAP -> sumMin / Math.min(sumA, sumB);
      // ‖A‖·‖B‖ under one root: the same real number, rounded once.
      case COSINE -> dot / Math.sqrt(squaresA * squaresB);
    };
    // Each formula lies in [0, 1]; rounding may overshoot 1 by an ulp, which the range forbids.
    return Math.min(1.0, score);
  }

  /**
   * Brute-force top peers of the city at {@code city}: every other city scored, kept if above
   * 0 and at least {@code minScore}, by descending score then id in string order, cut to k.
   */
  static List<Scored> topPeers(List<CityProfile> profiles, List<ThemeId> themes, Metric metric,
      int city, int k, double minScore) {
    List<Scored> all = new ArrayList<>();
    for (int j = 0; j < profiles.size(); j++) {
      if (j != city) {
        double score = score(metric, profiles.get(city).weights(), profiles.get(j).weights(),
            themes);
        if (score > 0 && score >= minScore) {
          all.add(new Scored(profiles.get(j).city(), score));
        }
      }
    }
    all.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(s -> s.city().value()));
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
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
