package dev.scap.analysis.report;

import dev.scap.io.Datasets;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ScapValidator;
import java.time.LocalDate;

/** Reports for tests: the built-in dataset's, with a fixed stamp. */
final class Reports {

  static final ReportStamp STAMP = new ReportStamp("9.9.9", "<ascn>", "ab".repeat(32),
      LocalDate.of(2026, 11, 27));

  static final ScapDocument ASCN = Datasets.ascn();

  private static Report ascn;

  private Reports() {}

  /** The built-in dataset's report with the defaults, made once. */
  static synchronized Report ascn() {
    if (ascn == null) {
      ascn = of(ASCN, ReportOptions.defaults(STAMP));
    }
    return ascn;
  }

  static Report of(ScapDocument document, ReportOptions options) {
    return Report.of(document, ScapValidator.instance().validate(document), options);
  }
}
