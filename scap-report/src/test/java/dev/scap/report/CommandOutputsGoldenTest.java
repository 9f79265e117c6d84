package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.event.EventChoice;
import dev.scap.analysis.event.EventPlan;
import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.grouping.Linkage;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.io.Datasets;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commands' outputs of the built-in dataset with their default options, rendered here as
 * their golden files: the bytes {@code scap overlap}, {@code groups}, {@code partners} and
 * {@code roundtables} print, which scap-cli's command tests check against the same files, with
 * the other options too.
 */
class CommandOutputsGoldenTest {

  /** Run with {@code -Dscap.regenerate=true} to rewrite the golden files from the renderers. */
  private static final boolean REGENERATE = Boolean.getBoolean("scap.regenerate");

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static final String ADVICE = "; if the change is intended, rewrite the golden files "
      + "by running the tests with -Dscap.regenerate=true and review their diff";

  private static final ScapDocument ASCN = Datasets.ascn();

  private static final ThemeOverlap PRESENCE = ThemeOverlap.of(ASCN, OverlapOptions.DEFAULTS);

  /** What a renderer writes, given the format. */
  @FunctionalInterface
  interface Rendering {
    void write(OutputFormat format, OutputStream out) throws IOException;
  }

  static Stream<Arguments> outputs() {
    Map<CityId, String> names = new HashMap<>();
    for (City city : ASCN.cities()) {
      names.putIfAbsent(city.id(), city.name());
    }
    Map<OrganizationId, String> organizations = new HashMap<>();
    for (Organization organization : ASCN.organizations()) {
      organizations.putIfAbsent(organization.id(), organization.name());
    }
    Rendering peers = (format, out) -> OverlapOutput.peers(format, PRESENCE,
        PRESENCE.topPeers(5, BigDecimal.ZERO), 5, BigDecimal.ZERO, names, out);
    Rendering groups = (format, out) -> GroupsOutput.groups(format,
        PeerGrouping.cluster(PRESENCE, Linkage.AVERAGE).cutAt(new BigDecimal("0.5")), names,
        out);
    Rendering dendrogram = (format, out) -> GroupsOutput.dendrogram(format,
        PeerGrouping.hierarchical(PRESENCE, Linkage.AVERAGE), out);
    Rendering partners = (format, out) -> PartnersOutput.partners(format,
        PartnerMatcher.forCities(PRESENCE, 5), names, organizations, out);
    // With no option, roundtables plans the dataset's event: its latest roundtable session.
    Rendering roundtables = (format, out) -> {
      EventPlan planned = EventPlanner.plan(ASCN, EventChoice.LATEST).orElseThrow();
      ThemeOverlap seating = ThemeOverlap.of(planned.scope().document(),
          planned.options().profiles());
      RoundtablesOutput.plan(format, planned.scope(), planned.plan(),
          Invitations.forTables(seating, planned.plan(), InvitationOptions.DEFAULTS), names,
          organizations, out);
    };
    return Stream.of(
        Arguments.of("overlap/overlap.txt", OutputFormat.TEXT, peers),
        Arguments.of("overlap/overlap.md", OutputFormat.MD, peers),
        Arguments.of("overlap/overlap.csv", OutputFormat.CSV, peers),
        Arguments.of("overlap/overlap.json", OutputFormat.JSON, peers),
        Arguments.of("overlap/matrix.csv", OutputFormat.CSV,
            (Rendering) (format, out) -> OverlapOutput.matrix(format, PRESENCE.matrix(), out)),
        Arguments.of("groups/groups.txt", OutputFormat.TEXT, groups),
        Arguments.of("groups/groups.md", OutputFormat.MD, groups),
        Arguments.of("groups/groups.csv", OutputFormat.CSV, groups),
        Arguments.of("groups/groups.json", OutputFormat.JSON, groups),
        Arguments.of("groups/dendrogram.csv", OutputFormat.CSV, dendrogram),
        Arguments.of("groups/dendrogram.json", OutputFormat.JSON, dendrogram),
        Arguments.of("partners/partners.txt", OutputFormat.TEXT, partners),
        Arguments.of("partners/partners.md", OutputFormat.MD, partners),
        Arguments.of("partners/partners.csv", OutputFormat.CSV, partners),
        Arguments.of("partners/partners.json", OutputFormat.JSON, partners),
        Arguments.of("roundtables/default.txt", OutputFormat.TEXT, roundtables));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void rendersTheBuiltInDatasetAsItsGoldenFile(String name, OutputFormat format,
      Rendering rendering) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    rendering.write(format, out);
    String actual = out.toString(StandardCharsets.UTF_8);
    Path file = GOLDEN.resolve(name);
    if (REGENERATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    assertThat(Files.exists(file)).as("no golden file " + file + ADVICE).isTrue();
    assertThat(actual).as(name + " differs from " + file + ADVICE)
        .isEqualTo(Files.readString(file));
  }
}
