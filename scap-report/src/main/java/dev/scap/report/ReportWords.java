package dev.scap.report;

import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the renderers word alike about a report, in the command line's language: its settings,
 * named as the command line's options, and why a city has no peer.
 */
final class ReportWords {

  private ReportWords() {}

  /**
   * Returns a report's stamp and every option as named values for people, in a fixed order:
   * what the renderers print so that the report can be made again. Names are those of the
   * command line's options ({@code metric}, {@code top}, {@code per-city}…); the taxonomy is the one
   * analysed, also when the options leave it to the document. The roundtables' profile options
   * are printed when they differ from the others.
   *
   * @param report the report
   * @return the names and values, unmodifiable
   */
  static Map<String, String> settings(Report report) {
    ReportOptions options = report.options();
    Map<String, String> settings = new LinkedHashMap<>();
    ReportStamp stamp = report.stamp();
    settings.put("scap", stamp.version());
    settings.put("input", stamp.inputName());
    settings.put("sha256", stamp.inputSha256());
    settings.put("date", stamp.date().toString());
    OverlapOptions profiles = options.overlap();
    settings.put("taxonomy", report.overlap().taxonomy().id().value());
    settings.put("rollup", String.valueOf(profiles.rollup()));
    settings.put("year", profiles.year() == null ? "latest plan" : profiles.year().toString());
    settings.put("weights", profiles.weighting().code());
    settings.put("metric", profiles.metric().code());
    settings.put("top", String.valueOf(options.top()));
    settings.put("min-score", String.valueOf(options.minScore().doubleValue()));
    settings.put("linkage", options.grouping().linkage().code());
    if (options.grouping().groups() != null) {
      settings.put("groups", options.grouping().groups().toString());
    } else {
      settings.put("threshold", String.valueOf(options.grouping().threshold().doubleValue()));
    }
    RoundtableOptions seating = options.roundtables();
    OverlapOptions seated = seating.profiles();
    report.event().ifPresent(e -> {
      settings.put("event", e.event().id().value());
      settings.put("session", e.session().id().value());
    });
    settings.put("roundtable-weights", seated.weighting().code());
    if (!Objects.equals(seated.taxonomy(), profiles.taxonomy())) {
      settings.put("roundtable-taxonomy", seated.taxonomy() == null ? "the document's first"
          : seated.taxonomy().value());
    }
    if (seated.metric() != profiles.metric()) {
      settings.put("roundtable-metric", seated.metric().code());
    }
    if (seated.rollup() != profiles.rollup()) {
      settings.put("roundtable-rollup", String.valueOf(seated.rollup()));
    }
    if (!Objects.equals(seated.year(), profiles.year())) {
      settings.put("roundtable-year", seated.year() == null ? "latest plan"
          : seated.year().toString());
    }
    settings.put("roundtable-themes", seating.themes().isEmpty() ? "every theme that fills a table"
        : seating.themes().stream().map(ThemeId::value).collect(Collectors.joining(",")));
    settings.put("per-city", String.valueOf(seating.perCity()));
    settings.put("min-seats", String.valueOf(seating.minSeats()));
    settings.put("max-seats", String.valueOf(seating.maxSeats()));
    Map<String, Integer> tables = new TreeMap<>();
    seating.tables().forEach((theme, k) -> tables.put(theme.value(), k));
    settings.put("roundtable-tables", tables.isEmpty() ? "enough for the candidates"
        : tables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(",")));
    settings.put("partners", String.valueOf(options.partners()));
    settings.put("invite", options.invite().isEmpty() ? "nobody"
        : options.invite().stream().map(OrganizationId::value).collect(Collectors.joining(",")));
    settings.put("partner-tables", options.partnerTables() == InvitationOptions.UNLIMITED
        ? "unlimited" : String.valueOf(options.partnerTables()));
    settings.put("slots", options.timetable().slots() == 0 ? "the fewest"
        : String.valueOf(options.timetable().slots()));
    settings.put("rooms", options.timetable().rooms().isEmpty() ? "unlimited, unnamed"
        : String.join(",", options.timetable().rooms()));
    return Collections.unmodifiableMap(settings);
  }

  /**
   * Says why a city has no peer: it has no plan, its plan names none of the profiles' themes,
   * or no city shares a theme with it.
   *
   * @param report the report
   * @param city the city
   * @return {@code "no plan"}, {@code "its plan names none of these themes"} or
   *     {@code "no peer"}
   */
  static String noPeer(Report report, CityId city) {
    CityProfile profile = report.profileOrNull(city);
    return profile != null && profile.plan() == null ? "no plan"
        : profile != null && profile.isZero() ? "its plan names none of these themes"
        : "no peer";
  }

  /**
   * What a table's invitations say besides the invitees: a tie at the last seat, the
   * candidates at their limit of tables, and why nobody is invited.
   *
   * @param invitations the table's invitations
   * @param organizations the name of each organization
   * @return the notes, in that order, each a sentence without a full stop
   */
  static List<String> invitationNotes(TableInvitations invitations,
      Function<OrganizationId, String> organizations) {
    List<String> notes = new ArrayList<>();
    String tie = Wording.tie(invitations, organizations);
    if (!tie.isEmpty()) {
      notes.add("tie: " + tie);
    }
    String limit = Wording.atLimit(invitations, organizations);
    if (!limit.isEmpty()) {
      notes.add(limit);
    }
    if (invitations.whyNobody() != null) {
      notes.add("invite nobody: " + Wording.noInvitation(invitations.whyNobody(),
          organizations));
    }
    return notes;
  }
}
