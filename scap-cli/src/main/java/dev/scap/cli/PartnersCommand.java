package dev.scap.cli;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import dev.scap.report.ResultsJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;

/** {@code scap partners}: the strategic partners that fit each city. */
@Command(
    name = "partners",
    mixinStandardHelpOptions = true,
    description = "For each city, the organizations that fit its themes and needs, ranked, "
        + "with the reasons: theme fit (the share of the city's profile on themes the "
        + "organization works on) and support fit (the share of its projects' needs that the "
        + "organization offers).",
    footer = {"", "FILE '-' is standard input; no FILE uses the built-in ASCN dataset.",
        "", "Examples:", "  scap partners", "  scap partners --taxonomy wego-ascn-2019 --top 3",
        "  scap partners --format csv -o partners.csv"})
final class PartnersCommand implements Callable<Integer> {

  enum Format { text, md, csv, json }

  @ParentCommand ScapCommand root;

  @Mixin AnalysisOptions analysis;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Option(names = "--top", paramLabel = "K", defaultValue = "5",
      description = "Partners per city (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, md, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    if (top < 0) {
      throw CliException.failure("--top must be 0 or more, not " + top, null);
    }
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    progress.phase("matching partners");
    ThemeOverlap overlap = analysis.overlap(document, Weighting.PRESENCE);
    List<CityPartners> matches = PartnerMatcher.forCities(overlap, top);
    Map<CityId, String> names = Names.of(document);
    Map<OrganizationId, String> organizations = Names.organizations(document);
    progress.done();
    Output.write(output, root, out -> write(matches, names, organizations, out));
    return 0;
  }

  private void write(List<CityPartners> matches, Map<CityId, String> names,
      Map<OrganizationId, String> organizations, OutputStream out) throws IOException {
    switch (format) {
      case csv -> {
        try (CSVPrinter csv = Csv.printer(out, "city", "organization", "score", "theme_fit",
            "support_fit", "themes", "support")) {
          for (CityPartners city : matches) {
            for (PartnerMatch match : city.partners()) {
              csv.printRecord(city.city().value(), match.organization().value(),
                  Scores.format(match.score()), Scores.format(match.themeFit()),
                  Scores.format(match.supportFit()), match.themes().stream()
                      .map(ThemeId::value).collect(Collectors.joining(";")),
                  match.support().stream().map(SupportType::code)
                      .collect(Collectors.joining(";")));
            }
          }
        }
      }
      case json -> {
        try (JsonGenerator json = Json.generator(out)) {
          json.writeStartObject();
          json.writeName("cities");
          json.writeStartArray();
          for (CityPartners city : matches) {
            json.writeStartObject();
            json.writeStringProperty("city", city.city().value());
            json.writeName("partners");
            json.writeStartArray();
            for (PartnerMatch match : city.partners()) {
              ResultsJson.match(json, match, null);
            }
            json.writeEndArray();
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        out.write('\n');
      }
      case md -> {
        PrintWriter text = writer(out);
        text.println("# Partners");
        text.println();
        text.println("| city | partner | score | why |");
        text.println("| --- | --- | --- | --- |");
        for (CityPartners city : matches) {
          String name = Markdown.escape(names.get(city.city()));
          if (city.partners().isEmpty()) {
            text.println("| " + name + " | no partner fits | | |");
          }
          for (PartnerMatch match : city.partners()) {
            text.println("| " + name + " | " + Markdown.escape(organizations.get(
                match.organization())) + " | " + Scores.format(match.score()) + " | "
                + Markdown.escape(String.join("; ", match.reasons())) + " |");
          }
        }
        text.flush();
      }
      case text -> {
        PrintWriter text = writer(out);
        for (CityPartners city : matches) {
          text.println(city.city() + "  " + names.get(city.city()));
          if (city.partners().isEmpty()) {
            text.println("  no partner fits");
          }
          for (PartnerMatch match : city.partners()) {
            text.println("  " + Scores.format(match.score()) + "  " + match.organization()
                + "  " + organizations.get(match.organization()) + ": "
                + String.join("; ", match.reasons()));
          }
          text.println();
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }
}
