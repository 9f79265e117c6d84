package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.Metric;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportWordsTest {

  @Test
  void listsTheStampAndEveryOptionInSettings() {
    Map<String, String> settings = ReportWords.settings(Reports.ascn());

    assertThat(settings).containsExactly(
        Map.entry("scap", "9.9.9"), Map.entry("input", "<ascn>"),
        Map.entry("sha256", "ab".repeat(32)), Map.entry("date", "2026-11-27"),
        Map.entry("taxonomy", "ascf-2018"), Map.entry("rollup", "false"),
        Map.entry("year", "latest plan"), Map.entry("weights", "presence"),
        Map.entry("metric", "jaccard"), Map.entry("top", "5"), Map.entry("min-score", "0.0"),
        Map.entry("linkage", "average"), Map.entry("threshold", "0.5"),
        Map.entry("event", "wego-ascn-mayoral-conference-2019"),
        Map.entry("session", "mini-roundtables"),
        Map.entry("roundtable-weights", "projects"),
        Map.entry("roundtable-taxonomy", "wego-ascn-2019"),
        Map.entry("roundtable-themes",
            "buildings,roads-public-space,traffic-safety,waste-wastewater,egov-welfare"),
        Map.entry("per-city", "2"), Map.entry("min-seats", "4"), Map.entry("max-seats", "8"),
        Map.entry("roundtable-tables", "enough for the candidates"),
        Map.entry("partners", "3"), Map.entry("invite", "nobody"),
        Map.entry("partner-tables", "unlimited"), Map.entry("slots", "the fewest"),
        Map.entry("rooms", "unlimited, unnamed"));
  }

  @Test
  void listsTheSlotsAndRoomsGiven() {
    Report report = Reports.ascn();
    ReportOptions options = report.options().withTimetable(TimetableOptions.DEFAULTS
        .withSlots(3).withRooms(List.of("Hall A", "Hall B")));
    Report timetabled = Report.of(report.document(), report.validation(), options,
        report.event().orElse(null));

    assertThat(ReportWords.settings(timetabled)).contains(Map.entry("slots", "3"),
        Map.entry("rooms", "Hall A,Hall B"));
  }

  @Test
  void listsTheRoundtablesOwnProfileOptionsWhereTheyDiffer() {
    ReportOptions options = ReportOptions.defaults(Reports.STAMP).withRoundtables(RoundtableOptions
        .DEFAULTS.withProfiles(OverlapOptions.DEFAULTS.withMetric(Metric.DICE).withYear(2019)
            .withWeighting(Weighting.PROJECTS)).withTables(Map.of(ThemeId.of("safety-security"),
            1, ThemeId.of("civic-social"), 2)).withThemes(List.of(ThemeId.of("civic-social"),
            ThemeId.of("safety-security")))).withGrouping(GroupingOptions.DEFAULTS.cutInto(3));

    Map<String, String> settings = ReportWords.settings(Reports.of(Reports.ASCN, options));

    assertThat(settings).containsEntry("roundtable-weights", "projects")
        .containsEntry("roundtable-metric", "dice").containsEntry("roundtable-year", "2019")
        .containsEntry("roundtable-themes", "civic-social,safety-security")
        .containsEntry("roundtable-tables", "civic-social=2,safety-security=1")
        .containsEntry("groups", "3").doesNotContainKey("threshold")
        .doesNotContainKeys("roundtable-taxonomy", "roundtable-rollup");
  }

  @Test
  void saysWhyACityHasNoPeer() {
    assertThat(ReportWords.noPeer(Reports.ascn(), CityId.of("chiang-mai"))).isEqualTo("no plan");
    assertThat(ReportWords.noPeer(Reports.small(), CityId.of("nowhere"))).isEqualTo("no peer");
  }
}
