package dev.scap.cli;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.City;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that make and compare theme profiles, shared by the analysis commands. Each
 * command declares {@code --weights} itself, so that its help states its own default.
 */
final class AnalysisOptions {

  /** The earliest year {@code --year} takes. */
  static final int FIRST_YEAR = 1900;
  /** The latest year {@code --year} takes. */
  static final int LAST_YEAR = 2100;

  @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "jaccard",
      converter = MetricConverter.class,
      completionCandidates = Choices.Metrics.class,
      description = "jaccard, dice, overlap (Szymkiewicz-Simpson) or cosine "
          + "(default: ${DEFAULT-VALUE}).")
  Metric metric;

  /** Set by each command's {@code --weights}; {@code null} for the command's default. */
  Weighting weighting;

  @Option(names = "--taxonomy", paramLabel = "ID",
      description = "The taxonomy whose themes make the profiles (default: the document's "
          + "first).")
  String taxonomy;

  @Option(names = "--rollup", description = "Count each narrower theme as its top-level theme.")
  boolean rollup;

  @Option(names = "--year", paramLabel = "Y",
      description = "Reference year that picks each city's plan: the plan whose period "
          + "contains Y, else the city's latest (default: the latest plan). A year that no "
          + "plan's period contains is refused.")
  Integer year;

  OverlapOptions toOptions(Weighting defaultWeighting) {
    return new OverlapOptions(taxonomy == null ? null : TaxonomyId.of(taxonomy),
        weighting == null ? defaultWeighting : weighting, metric, rollup, year);
  }

  /**
   * Makes the profiles after {@link #check}, or fails with exit code 2 for a taxonomy or year
   * that the document does not have.
   */
  ThemeOverlap overlap(ScapDocument document, Weighting defaultWeighting, ScapCommand root) {
    check(document, root);
    try {
      return ThemeOverlap.of(document, toOptions(defaultWeighting));
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage(), e);
    }
  }

  /**
   * Checks {@code --taxonomy} and {@code --year} against the document, failing with exit code
   * 2 and the nearest taxonomies for one it does not have, or for a year that no plan's period
   * contains; says on standard error, unless quiet, which cities fall back to their latest
   * plan.
   */
  void check(ScapDocument document, ScapCommand root) {
    if (taxonomy != null && document.taxonomy(TaxonomyId.of(taxonomy)).isEmpty()) {
      List<String> ids = document.taxonomies().stream().map(t -> t.id().value()).toList();
      throw CliException.failure("the document has no taxonomy '" + taxonomy + "'"
          + Suggestions.didYouMean(taxonomy, ids) + " (its taxonomies: "
          + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ")", null);
    }
    if (year != null) {
      checkYear(document, root);
    }
  }

  private void checkYear(ScapDocument document, ScapCommand root) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw CliException.failure("--year must be from " + FIRST_YEAR + " to " + LAST_YEAR
          + ", not " + year, null);
    }
    List<Plan> plans = document.plans();
    List<Plan> dated = plans.stream().filter(p -> p.period() != null
        && p.period().start() != null && p.period().end() != null).toList();
    if (dated.isEmpty()) {
      throw CliException.failure("--year " + year + " picks no plan: " + (plans.isEmpty()
          ? "the document has no plan" : "no plan of the document has a period") + "; leave "
          + "out --year, and each city's latest plan is used", null);
    }
    if (dated.stream().noneMatch(p -> p.period().contains(year))) {
      int first = dated.stream().mapToInt(p -> p.period().start()).min().orElseThrow();
      int last = dated.stream().mapToInt(p -> p.period().end()).max().orElseThrow();
      throw CliException.failure("--year " + year + " picks no plan: no plan's period "
          + "contains it (the periods run from " + first + " to " + last + "); give a year "
          + "within them, or leave out --year for each city's latest plan", null);
    }
    Set<String> covered = new HashSet<>();
    Set<String> planned = new HashSet<>();
    for (Plan plan : plans) {
      planned.add(plan.city().value());
      if (plan.period() != null && plan.period().contains(year)) {
        covered.add(plan.city().value());
      }
    }
    List<String> fallBack = new ArrayList<>();
    for (City city : document.cities()) {
      String id = city.id().value();
      if (planned.contains(id) && !covered.contains(id)) {
        fallBack.add(id);
      }
    }
    if (!fallBack.isEmpty() && !root.quiet) {
      ScapCommand.error(root.spec.commandLine().getErr(), "--year " + year + ": "
          + fallBack.size() + " of " + planned.size() + " cities with a plan have none whose "
          + "period contains it, and their latest plan is used: " + list(fallBack));
    }
  }

  /**
   * Checks theme ids given on the command line against the taxonomy the profiles use, failing
   * with exit code 2 for one it does not have: with the taxonomies that do have it, else the
   * nearest themes it has.
   *
   * @param option the option's name, for the message
   * @param themes the theme ids given
   */
  void checkThemes(ScapDocument document, String option, List<String> themes) {
    Taxonomy chosen = taxonomy != null ? document.taxonomy(TaxonomyId.of(taxonomy)).orElseThrow()
        : document.taxonomies().isEmpty() ? null : document.taxonomies().get(0);
    if (chosen == null) {
      return;
    }
    List<Theme> offered = rollup ? chosen.topLevelThemes() : chosen.themes();
    Set<String> ids = offered.stream().map(t -> t.id().value())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String theme : themes) {
      if (ids.contains(theme)) {
        continue;
      }
      String message = option + ": theme " + theme + " is not a " + (rollup ? "top-level " : "")
          + "theme of taxonomy " + chosen.id();
      if (rollup && chosen.theme(ThemeId.of(theme)).isPresent()) {
        throw CliException.failure(message + "; under --rollup give its top-level theme "
            + document.topLevelTheme(ThemeId.of(theme)), null);
      }
      List<String> elsewhere = document.taxonomies().stream()
          .filter(t -> !t.id().equals(chosen.id()) && t.theme(ThemeId.of(theme)).isPresent())
          .map(t -> t.id().value()).toList();
      if (!elsewhere.isEmpty()) {
        throw CliException.failure(message + "; it is a theme of " + String.join(", ", elsewhere)
            + ": give --taxonomy " + elsewhere.get(0), null);
      }
      throw CliException.failure(message + Suggestions.didYouMean(theme, ids), null);
    }
  }

  /** The first ten ids, and how many more. */
  private static String list(List<String> ids) {
    return ids.size() <= 10 ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
  }

  static final class MetricConverter implements ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
      return Metric.fromCode(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a metric; use jaccard, dice, overlap or cosine"));
    }
  }

  static final class WeightingConverter implements ITypeConverter<Weighting> {
    @Override
    public Weighting convert(String value) {
      return Weighting.fromCode(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a weighting; use presence, projects or priority"));
    }
  }
}
