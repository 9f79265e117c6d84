package dev.scap.cli;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.Weighting;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The values that shell completion offers for options whose values are codes: the codes the
 * converters read, not the names of the enums behind them.
 */
final class Choices {

  private Choices() {}

  static final class Metrics implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Metric.values()).map(Metric::code).iterator();
    }
  }

  static final class Weightings implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Weighting.values()).map(Weighting::code).iterator();
    }
  }

  static final class Linkages implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Linkage.values()).map(Linkage::code).iterator();
    }
  }

  static final class Whens implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Progress.When.values())
          .map(w -> w.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
