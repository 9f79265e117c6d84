package dev.scap.analysis.roundtable;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Builds documents of taxonomy {@code main} whose cities weigh its themes as given: under the
 * {@code projects} weighting a weight w is a focus area and w - 1 projects on the theme; under
 * {@code priority} the focus areas are ranked by descending w (ties in theme order), so the
 * theme of rank p weighs 1/p.
 */
final class WeightedDocument {

  private final List<String> themes;
  private final ScapDocument.Builder builder;

  private WeightedDocument(List<String> themes) {
    this.themes = List.copyOf(themes);
    builder = ScapDocument.builder().addTaxonomies(Taxonomy.of("main", "Main",
        themes.stream().map(t -> Theme.of(t, t.toUpperCase(Locale.ROOT))).toList()));
  }

  /**
   * Starts a document.
   *
   * @param themes the themes of taxonomy {@code main}, in order
   */
  static WeightedDocument of(String... themes) {
    return new WeightedDocument(List.of(themes));
  }

  /** Adds a taxonomy after {@code main}. */
  WeightedDocument taxonomy(Taxonomy taxonomy) {
    builder.addTaxonomies(taxonomy);
    return this;
  }

  /**
   * Adds a city and its plan.
   *
   * @param id the city's id
   * @param weights its weight on each theme of {@code main}, in order
   */
  WeightedDocument city(String id, int... weights) {
    CityId city = CityId.of(id);
    builder.addCities(City.of(city, id.toUpperCase(Locale.ROOT), "KH"));
    List<Integer> ranked = IntStream.range(0, themes.size()).filter(t -> weights[t] > 0)
        .boxed().sorted(Comparator.comparingInt((Integer t) -> -weights[t])).toList();
    List<FocusArea> areas = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      ThemeId theme = ThemeId.of(themes.get(t));
      if (weights[t] > 0) {
        areas.add(FocusArea.of(theme, ranked.indexOf(t) + 1));
      }
      for (int p = 1; p < weights[t]; p++) {
        projects.add(Project.builder(ProjectId.of(id + "-" + themes.get(t) + "-" + p),
            "Project " + p + " on " + themes.get(t), theme).build());
      }
    }
    return plan(Plan.builder(PlanId.of(id + "-plan"), city, "Plan of " + id).focusAreas(areas)
        .projects(projects).build());
  }

  /** Adds a city without plan. */
  WeightedDocument cityWithoutPlan(String id) {
    builder.addCities(City.of(CityId.of(id), id.toUpperCase(Locale.ROOT), "KH"));
    return this;
  }

  /** Adds a city and the plan given. */
  WeightedDocument city(String id, Plan plan) {
    builder.addCities(City.of(CityId.of(id), id.toUpperCase(Locale.ROOT), "KH"));
    return plan(plan);
  }

  private WeightedDocument plan(Plan plan) {
    if (!plan.focusAreas().isEmpty()) {
      builder.addPlans(plan);
    }
    return this;
  }

  ScapDocument build() {
    return builder.build();
  }
}
