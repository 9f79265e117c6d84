package dev.scap.report;

import static dev.scap.report.Reports.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.ScapValidator;
import dev.scap.testkit.DocumentSizes;
import dev.scap.testkit.ScapArbitraries;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@link ReportHtml}: a self-contained page, well-formed as XML, whatever the document holds. */
class ReportHtmlTest {

  static {
    // Tests run inside the module dev.scap.analysis, which needs no XML: let it read java.xml
    // here, before a class of java.xml is linked, rather than require java.xml in module-info.
    ReportHtmlTest.class.getModule().addReads(
        ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  /** Every element the page may hold: nothing that runs, embeds or fetches. */
  private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style",
      "body", "header", "nav", "ol", "ul", "li", "a", "section", "h1", "h2", "h3", "p", "code",
      "span", "br", "div", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
      "svg", "g", "line", "rect", "text", "path", "script");

  @Test
  void rendersOneWellFormedPageWithTenSectionsAndThreeCharts() throws Exception {
    Document page = xml(ReportHtml.render(Reports.ascn()));

    assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    assertThat(texts(page, "h2")).containsExactly("Summary and validation",
        "About the data: sources and cautions", "Theme coverage",
        "Overlap between cities", "Cities and themes", "Top peers", "Peer groups",
        "Roundtables", "Partners", "Stamp");
    assertThat(page.getElementsByTagName("svg").getLength()).as("coverage, heatmap, dendrogram")
        .isEqualTo(3);
    assertOnlyAllowedElements(page);
  }

  @Test
  void saysWhyASmallDocumentSeatsNobodyAndWhatToChange() {
    String page = ReportHtml.render(Reports.small());

    assertThat(page).contains("<li>buildings is not hosted: 3 cities can sit at it, fewer than"
            + " the 4 seats a table needs; with min-seats 3, it could be</li>\n")
        .contains("<tr><td>Alpha</td><td class=\"num\">0</td><td>" + Reports.SMALL_REASON
            + "</td></tr>\n");
  }

  @Test
  void writesWhatItRenders() throws Exception {
    StringWriter out = new StringWriter();

    ReportHtml.write(Reports.ascn(), out);

    assertThat(out.toString()).isEqualTo(ReportHtml.render(Reports.ascn())).endsWith("</html>\n");
  }

  @Test
  void printsTheStampInTheHeaderAndEveryOptionInItsSection() throws Exception {
    Document page = xml(ReportHtml.render(Reports.ascn()));

    assertThat(texts(page, "header").get(0)).contains("scap 9.9.9", "2026-11-27", "<ascn>",
        "ab".repeat(32));
    List<String> cells = texts(page, "th");
    assertThat(cells).containsSubsequence("scap", "input", "sha256", "date", "taxonomy",
        "metric", "partners");
  }

  @Test
  void outlinesEachPeerGroupOfTwoCitiesOrMoreOnTheHeatmap() throws Exception {
    Document page = xml(ReportHtml.render(Reports.ascn()));
    Element heatmap = (Element) page.getElementsByTagName("svg").item(1);

    int outlines = 0;
    NodeList rects = heatmap.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      if (((Element) rects.item(i)).getAttribute("fill").equals("none")) {
        outlines++;
      }
    }
    assertThat(outlines).isEqualTo((int) Reports.ascn().groups().groups().stream()
        .map(PeerGroup::members).filter(m -> m.size() > 1).count()).isPositive();
  }

  @Test
  void shadesZeroGreyAndHigherScoresDarker() {
    assertThat(ReportHtml.shade(0)).isEqualTo("#f2f2f2");
    assertThat(ReportHtml.shade(Double.NaN)).isEqualTo("#f2f2f2");
    assertThat(ReportHtml.shade(1)).isEqualTo("#08306b");
    assertThat(ReportHtml.shade(2)).isEqualTo("#08306b");
    int last = Integer.MAX_VALUE;
    for (int step = 1; step <= 100; step++) {
      int rgb = Integer.parseInt(ReportHtml.shade(step / 100.0).substring(1), 16);
      int brightness = (rgb >> 16) + (rgb >> 8 & 0xff) + (rgb & 0xff);
      assertThat(brightness).isLessThanOrEqualTo(last);
      last = brightness;
    }
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents(DocumentSizes.small().withCities(0, 6));
  }

  @Property(tries = 40)
  void staysWellFormedAndInertWhateverTheDocumentHolds(
      @ForAll("documents") ScapDocument document) throws Exception {
    Report report = Report.of(document, ScapValidator.instance().validate(document),
        ReportOptions.defaults(STAMP));

    Document page = xml(ReportHtml.render(report));

    assertOnlyAllowedElements(page);
  }

  private static void assertOnlyAllowedElements(Document page) {
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      assertThat(ELEMENTS).as("an element the page may hold").contains(element.getTagName());
      if (element.getTagName().equals("script")) {
        assertThat(page.getElementsByTagName("script").getLength()).as("the page's own only")
            .isOne();
        assertThat(element.getAttributes().getLength()).as("no src").isZero();
        assertThat(element.getTextContent()).contains("table.sortable")
            .doesNotContain("fetch(", "XMLHttpRequest", "eval(");
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String name = attributes.item(a).getNodeName();
        String value = attributes.item(a).getNodeValue();
        assertThat(name).doesNotStartWith("on");
        assertThat(value).doesNotContain("http:", "https:", "//", "url(", "javascript:");
        if (name.equals("href")) {
          assertThat(value).matches("#[a-z]+(-[0-9]+)?");
        }
      }
    }
  }

  static Document xml(String html) throws Exception {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
        html.substring("<!DOCTYPE html>\n".length()))));
  }

  private static List<String> texts(Document page, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = page.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
