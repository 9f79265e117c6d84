package dev.scap.cli;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import dev.scap.report.PartnersOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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

  @Option(names = "--weights", paramLabel = "WEIGHTS",
      converter = AnalysisOptions.WeightingConverter.class,
      completionCandidates = Choices.Weightings.class,
      description = "presence, projects or priority (default: presence).")
  void weights(Weighting value) {
    analysis.weighting = value;
  }

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The document.")
  String file;

  @Option(names = "--top", paramLabel = "K", defaultValue = "5",
      description = "Partners per city (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, md, csv or json (default: the one -o's extension names, else "
          + "text).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write there, atomically, instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    format = Format.valueOf(OutputName.choose(output, format == null ? null : format.name(),
        "text", List.of("text", "md", "csv", "json")));
    Ranges.atLeast("--top", top, 0);
    Progress progress = Progress.onTerminal(root);
    ScapDocument document = Input.of(file).readValid(root, progress);
    progress.phase("matching partners");
    ThemeOverlap overlap = analysis.overlap(document, Weighting.PRESENCE, root);
    List<CityPartners> matches = PartnerMatcher.forCities(overlap, top);
    Map<CityId, String> names = Names.of(document);
    Map<OrganizationId, String> organizations = Names.organizations(document);
    Output.write(output, root, progress, out -> PartnersOutput.partners(Output.format(format),
        matches, names, organizations, out));
    return 0;
  }
}
