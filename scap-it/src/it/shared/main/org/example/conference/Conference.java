package org.example.conference;

import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.grouping.PeerGroups;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.io.Datasets;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.io.ScapWriter;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.TaxonomyId;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.ScapValidator;
import dev.scap.model.validation.ValidationReport;
import dev.scap.report.Report;
import dev.scap.report.ReportMarkdown;
import dev.scap.report.ReportOptions;
import dev.scap.report.ReportStamp;
import java.time.LocalDate;
import java.util.List;

/**
 * What a conference organiser's application does with scap: the built-in ASCN dataset read,
 * validated, written and read back, then the overlap, the peer groups, the roundtables of the
 * 2019 conference, the partners, and a report.
 */
public final class Conference {

  /** The taxonomy of the 2019 conference's five roundtable themes. */
  public static final TaxonomyId WEGO = TaxonomyId.of("wego-ascn-2019");

  private Conference() {
  }

  /**
   * Runs the whole journey.
   *
   * @return what each step gave
   */
  public static Outcome run() {
    ScapDocument dataset = Datasets.ascn();
    ValidationReport validation = ScapValidator.instance().validate(dataset);

    String json = ScapWriter.canonical().toJson(dataset);
    ReadResult reread = ScapReader.create().read(json);

    OverlapOptions byProjects = OverlapOptions.DEFAULTS.withTaxonomy(WEGO)
        .withWeighting(Weighting.PROJECTS);
    ThemeOverlap overlap = ThemeOverlap.of(dataset, byProjects);
    List<CityPeers> peers = overlap.topPeers(3, 0.0);
    PeerGroups groups = PeerGrouping.cluster(overlap, Linkage.AVERAGE).cut(5);
    RoundtablePlan roundtables = RoundtablePlanner.plan(dataset,
        RoundtableOptions.DEFAULTS.withProfiles(byProjects));
    List<CityPartners> partners = PartnerMatcher.forCities(overlap, 3);

    ReportStamp stamp = ReportStamp.of(dataset, "ascn", LocalDate.of(2019, 11, 5));
    String report = ReportMarkdown.render(Report.of(dataset, validation,
        ReportOptions.defaults(stamp).withOverlap(byProjects)
            .withRoundtables(RoundtableOptions.DEFAULTS.withProfiles(byProjects))));

    return new Outcome(dataset, validation, json, reread, overlap, peers, groups, roundtables,
        partners, stamp, report);
  }

  /**
   * Seats a small conference of three cities, built in memory, with the default options.
   *
   * @param minSeats the fewest guests a table may have
   * @return the roundtable plan
   */
  public static RoundtablePlan seatSmallConference(int minSeats) {
    ThemeId water = ThemeId.of("water");
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(Taxonomy.of(TaxonomyId.of("summit"), "Summit themes",
            List.of(Theme.of(water, "Water"))))
        .addCities(City.of(CityId.of("hue"), "Hue", "VN"),
            City.of(CityId.of("iloilo"), "Iloilo", "PH"),
            City.of(CityId.of("kupang"), "Kupang", "ID"))
        .addPlans(plan("hue", water), plan("iloilo", water), plan("kupang", water))
        .build();
    return RoundtablePlanner.plan(document, RoundtableOptions.DEFAULTS.withSeats(minSeats, 8));
  }

  private static Plan plan(String city, ThemeId theme) {
    return Plan.builder(PlanId.of(city + "-plan"), CityId.of(city), city + " action plan")
        .addFocusAreas(FocusArea.of(theme, 1))
        .addProjects(Project.builder(ProjectId.of(city + "-pilot"), "Pilot", theme).build())
        .build();
  }

  /**
   * What each step of the journey gave.
   *
   * @param dataset the built-in dataset
   * @param validation its validation
   * @param json the dataset in canonical JSON
   * @param reread that JSON read back
   * @param overlap the overlap on the conference's themes, weighted by projects
   * @param peers each city's three closest peers
   * @param groups five peer groups
   * @param roundtables the roundtable plan
   * @param partners each city's three best partners
   * @param stamp the report's stamp
   * @param report the whole report in Markdown
   */
  public record Outcome(ScapDocument dataset, ValidationReport validation, String json,
      ReadResult reread, ThemeOverlap overlap, List<CityPeers> peers, PeerGroups groups,
      RoundtablePlan roundtables, List<CityPartners> partners, ReportStamp stamp,
      String report) {
  }
}
