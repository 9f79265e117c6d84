package dev.scap.report;

import static dev.scap.report.Reports.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.Peer;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ScapValidator;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ReportMarkdown}: the sections as headings, tables whose rows all fit their header. */
class ReportMarkdownTest {

  @Test
  void printsTheSectionsInOrder() {
    List<String> headings = ReportMarkdown.render(Reports.ascn()).lines()
        .filter(l -> l.startsWith("#")).toList();

    assertThat(headings).containsExactly("# scap report: ASEAN Smart Cities Network (ASCN)",
        "## Summary and validation", "## About the data: sources and cautions",
        "## Theme coverage", "## Overlap between cities",
        "## Cities and themes", "## Top peers", "## Peer groups", "## Roundtables",
        "### Invitations", "### Cities at fewer tables than allowed", "## Partners", "## Stamp");
  }

  @Test
  void saysWhyASmallDocumentSeatsNobodyAndWhatToChange() {
    String text = ReportMarkdown.render(Reports.small());

    assertThat(text).contains("\n0 themed tables of 4 to 8 cities, ")
        .contains("\n- buildings is not hosted: 3 cities can sit at it, fewer than the 4 seats"
            + " a table needs; with min-seats 3, it could be\n")
        .contains("\n| Alpha | 0 | " + Reports.SMALL_REASON + " |\n")
        .contains("\n| Gamma | 0 | " + Reports.SMALL_REASON + " |\n");
  }

  @Test
  void printsScoresRoundedForPeopleToThreeDecimals() {
    String text = ReportMarkdown.render(Reports.ascn());
    List<String> printed = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    boolean inPeers = false;
    for (String line : text.lines().toList()) {
      if (line.startsWith("## ")) {
        inPeers = line.equals("## Top peers");
      } else if (inPeers && line.startsWith("| ") && !line.startsWith("| city")
          && !line.startsWith("| ---")) {
        String score = line.substring(1, line.length() - 1).split("\\|", -1)[2].strip();
        if (!score.isEmpty()) {
          printed.add(score);
        }
      }
    }
    for (CityPeers city : Reports.ascn().peers()) {
      city.peers().stream().map(Peer::score)
          .map(s -> String.format(java.util.Locale.ROOT, "%.3f", s)
              .replaceAll("0+$", "").replaceAll("\\.$", ""))
          .forEach(expected::add);
    }
    assertThat(printed).isEqualTo(expected).contains("0.667", "1").isNotEmpty();
  }

  @Test
  void writesWhatItRenders() throws IOException {
    StringBuilder out = new StringBuilder();

    ReportMarkdown.write(Reports.ascn(), out);

    assertThat(out.toString()).isEqualTo(ReportMarkdown.render(Reports.ascn())).endsWith("|\n");
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents(DocumentSizes.small().withCities(0, 6));
  }

  @Property(tries = 40)
  void givesEveryTableRowAsManyCellsAsItsHeader(@ForAll("documents") ScapDocument document) {
    Report report = Report.of(document, ScapValidator.instance().validate(document),
        ReportOptions.defaults(STAMP));

    int header = -1;
    for (String line : ReportMarkdown.render(report).lines().toList()) {
      if (!line.startsWith("|")) {
        header = -1;
        continue;
      }
      assertThat(line).endsWith("|");
      int cells = pipes(line);
      if (header < 0) {
        header = cells;
      }
      assertThat(cells).as(line).isEqualTo(header);
    }
  }

  /** Counts the pipes that Markdown reads as cell borders: those not escaped. */
  private static int pipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        count++;
      }
    }
    return count;
  }
}
