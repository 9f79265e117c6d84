package dev.scap.cli;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.ScapDocument;
import dev.scap.model.TaxonomyId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that make and compare theme profiles, shared by the analysis commands. */
final class AnalysisOptions {

  @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "jaccard",
      converter = MetricConverter.class,
      description = "jaccard, dice, overlap (Szymkiewicz-Simpson) or cosine "
          + "(default: ${DEFAULT-VALUE}).")
  Metric metric;

  @Option(names = "--weights", paramLabel = "WEIGHTS", converter = WeightingConverter.class,
      description = "presence, projects or priority (default: presence; for roundtables: "
          + "priority).")
  Weighting weighting;

  @Option(names = "--taxonomy", paramLabel = "ID",
      description = "The taxonomy whose themes make the profiles (default: the document's "
          + "first).")
  String taxonomy;

  @Option(names = "--rollup", description = "Count each narrower theme as its top-level theme.")
  boolean rollup;

  @Option(names = "--year", paramLabel = "Y",
      description = "Reference year that picks each city's plan (default: the latest plan).")
  Integer year;

  OverlapOptions toOptions() {
    return toOptions(Weighting.PRESENCE);
  }

  OverlapOptions toOptions(Weighting defaultWeighting) {
    return new OverlapOptions(taxonomy == null ? null : TaxonomyId.of(taxonomy),
        weighting == null ? defaultWeighting : weighting, metric, rollup, year);
  }

  /** Makes the profiles, or fails with exit code 2 for an unknown taxonomy. */
  ThemeOverlap overlap(ScapDocument document, Weighting defaultWeighting) {
    try {
      return ThemeOverlap.of(document, toOptions(defaultWeighting));
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage(), e);
    }
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
