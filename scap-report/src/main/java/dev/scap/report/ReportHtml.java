package dev.scap.report;

import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.Merge;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.analysis.overlap.ThemeCoverage;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.Table;
import dev.scap.analysis.timetable.Placement;
import dev.scap.analysis.timetable.Unplaced;
import dev.scap.model.CityId;
import dev.scap.model.Metadata;
import dev.scap.model.ProjectId;
import dev.scap.model.Taxonomy;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.Problem;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS, with print styles
 * (sections run on, no dark backgrounds) and a layout for narrow screens (tables scroll
 * sideways), an inline SVG bar chart of theme coverage and an SVG heatmap of the overlap whose
 * rows and columns follow the dendrogram's leaf order, peer groups outlined (past
 * {@value Report#MATRIX_CITIES} cities, blocks of cities). One small inline script makes the
 * plain tables sortable and filterable; the page reads the same without it. No external
 * resource: a Content-Security-Policy forbids fetching anything and runs only that script, by
 * its hash, and no attribute names a URL.
 *
 * <p>The page is HTML5 written so that it is also well-formed XML once its
 * {@code <!DOCTYPE html>} line is removed: every element is closed, every text from the
 * document is escaped ({@code & < > " '}), and characters that XML forbids are replaced by
 * U+FFFD. Scores are shown rounded to three decimals; the JSON and CSV renderings give them
 * exactly. The same report gives the same bytes. Stateless and thread-safe.
 */
public final class ReportHtml {

  /** The heatmap's colour for a score of 0, which no other score gets. */
  private static final String ZERO = "#f2f2f2";

  private static final String CSS = """
      @page { size: A4; margin: 14mm; }
      :root { color-scheme: light; }
      body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem;
        font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          "Noto Sans", "DejaVu Sans", sans-serif;
        color: #1b1f24; background: #ffffff; }
      header { border-bottom: 3px solid #08306b; padding-bottom: .6rem; }
      h1 { font-size: 1.75rem; margin: 0 0 .3rem; }
      h2 { font-size: 1.35rem; color: #08306b; border-bottom: 1px solid #c6dbef;
        padding-bottom: .2rem; margin: 2.2rem 0 .6rem; }
      h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
      p { margin: .4rem 0; }
      .stamp { color: #4a5560; font-size: .85rem; }
      .note { color: #4a5560; font-size: .85rem; }
      code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono",
        monospace; font-size: .85em; }
      td code, th code { white-space: nowrap; }
      nav ol { columns: 2; margin: .6rem 0; padding-left: 1.4rem; }
      a { color: #08519c; }
      table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .85rem; }
      th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left;
        vertical-align: top; }
      thead th { background: #eef3f8; }
      tbody th { font-weight: 600; background: #fafbfc; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .none { color: #6a737d; font-style: italic; }
      .wide { overflow-x: auto; }
      figure { margin: 1rem 0; }
      figcaption { color: #4a5560; font-size: .85rem; margin-top: .3rem; }
      svg.chart { display: block; max-width: 100%; height: auto; }
      svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial,
        "DejaVu Sans", sans-serif; fill: #1b1f24; }
      table.weights td { width: 1.7rem; min-width: 1.7rem; padding: .15rem .1rem;
        text-align: center; font-size: .75rem; font-variant-numeric: tabular-nums; }
      table.weights th.theme { writing-mode: vertical-rl; transform: rotate(180deg);
        white-space: nowrap; font-weight: normal; padding: .4rem .15rem; }
      table.weights td.on { color: #ffffff; }
      table.weights th { white-space: nowrap; }
      ul.shared { margin: 0; padding-left: 1rem; }
      ul.shared li { margin: .1rem 0; }
      .theme-name { font-weight: 600; }
      .dim { color: #4a5560; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .notes { background: #fff8e1; border-left: 4px solid #e6a700; padding: .5rem .8rem; }
      input.filter { display: block; margin: .6rem 0 .2rem; padding: .3rem .5rem;
        font: inherit; font-size: .85rem; width: 16rem; max-width: 100%; }
      th.sort { cursor: pointer; }
      th[aria-sort="ascending"]::after { content: " \\25B2"; }
      th[aria-sort="descending"]::after { content: " \\25BC"; }
      @media (max-width: 600px) {
        body { padding: .8rem .7rem 2rem; font-size: 14px; }
        h1 { font-size: 1.35rem; }
        nav ol { columns: 1; }
        table { display: block; max-width: 100%; overflow-x: auto; }
        td code, th code { white-space: normal; word-break: break-all; }
      }
      @media print {
        body { max-width: none; padding: 0; font-size: 9.5pt; }
        nav, input.filter { display: none; }
        h2 { margin-top: 1.2rem; }
        h2, h3 { break-after: avoid; }
        tr, figure, li { break-inside: avoid; }
        .wide { overflow: visible; }
        table { font-size: 8pt; }
        a { color: inherit; text-decoration: none; }
      }
      """;

  /**
   * Makes the tables of class {@code sortable} sortable (a click or Enter on a heading) and
   * filterable (a search box above each); without scripts the page reads the same, unsorted.
   * It holds no {@code <} or {@code &}, so that the page stays well-formed XML.
   */
  private static final String SCRIPT = """
      (function () {
        var each = function (list, f) { Array.prototype.forEach.call(list, f); };
        each(document.querySelectorAll('table.sortable'), function (table) {
          var body = table.tBodies[0];
          if (!body) { return; }
          var input = document.createElement('input');
          input.type = 'search';
          input.placeholder = 'Filter rows';
          input.className = 'filter';
          input.setAttribute('aria-label', 'Filter the rows of the table below');
          table.parentNode.insertBefore(input, table);
          input.addEventListener('input', function () {
            var words = input.value.toLowerCase();
            each(body.rows, function (row) {
              row.hidden = words !== '' ? row.textContent.toLowerCase().indexOf(words) === -1
                  : false;
            });
          });
          var heads = table.tHead ? table.tHead.rows[0].cells : [];
          each(heads, function (head, column) {
            head.tabIndex = 0;
            head.classList.add('sort');
            var sort = function () {
              var up = head.getAttribute('aria-sort') !== 'ascending';
              each(heads, function (h) { h.removeAttribute('aria-sort'); });
              head.setAttribute('aria-sort', up ? 'ascending' : 'descending');
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column] ? a.cells[column].textContent.trim() : '';
                var y = b.cells[column] ? b.cells[column].textContent.trim() : '';
                var nx = Number(x);
                var ny = Number(y);
                var c = x === '' || y === '' || isNaN(nx) || isNaN(ny) ? x.localeCompare(y)
                    : nx - ny;
                return up ? c : -c;
              });
              each(rows, function (row) { body.appendChild(row); });
            };
            head.addEventListener('click', sort);
            head.addEventListener('keydown', function (e) {
              if (e.key === 'Enter') { sort(); }
            });
          });
        });
      })();
      """;

  /** The Content-Security-Policy's hash of {@link #SCRIPT}: the one script the page runs. */
  private static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);

  private ReportHtml() {}

  /**
   * Renders a report as an HTML page.
   *
   * @param report the report
   * @return the page, ending with a line feed
   * @throws NullPointerException if {@code report} is {@code null}
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    return new Page(report).render();
  }

  /**
   * Writes a report as an HTML page.
   *
   * @param report the report
   * @param out where to write; not flushed, not closed
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(render(report));
  }

  /** The colour of a score in [0, 1]: light grey for 0, then light to dark blue. */
  static String shade(double score) {
    if (!(score > 0)) {
      return ZERO;
    }
    double s = Math.min(1, score);
    int[] light = {0xde, 0xeb, 0xf7};
    int[] middle = {0x42, 0x92, 0xc6};
    int[] dark = {0x08, 0x30, 0x6b};
    int[] from = s <= 0.5 ? light : middle;
    int[] to = s <= 0.5 ? middle : dark;
    double t = s <= 0.5 ? s / 0.5 : (s - 0.5) / 0.5;
    StringBuilder hex = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      int value = (int) Math.round(from[c] + (to[c] - from[c]) * t);
      hex.append(String.format(java.util.Locale.ROOT, "%02x", value));
    }
    return hex.toString();
  }

  /** One rendering. */
  private static final class Page {
    private final Report report;
    private final StringBuilder out = new StringBuilder(1 << 16);

    Page(Report report) {
      this.report = report;
    }

    String render() {
      String title = report.summary().title() == null ? "scap report"
          : "scap report: " + report.summary().title();
      out.append("<!DOCTYPE html>\n");
      out.append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
      out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
      out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          + "style-src 'unsafe-inline'; script-src '" + SCRIPT_HASH + "'\"/>\n");
      out.append("<meta name=\"generator\" content=\"scap ")
          .append(Text.html(report.stamp().version())).append("\"/>\n");
      out.append("<title>").append(Text.html(title)).append("</title>\n");
      out.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
      header(title);
      summary();
      about();
      coverage();
      heatmap();
      weights();
      peers();
      groups();
      roundtables();
      partners();
      stamp();
      out.append("<script>").append(SCRIPT).append("</script>\n");
      out.append("</body>\n</html>\n");
      return out.toString();
    }

    private void header(String title) {
      ReportStamp stamp = report.stamp();
      out.append("<header>\n<h1>").append(Text.html(title)).append("</h1>\n");
      out.append("<p class=\"stamp\">Made by scap ").append(Text.html(stamp.version()))
          .append(" on ").append(stamp.date()).append(" from <code>")
          .append(Text.html(stamp.inputName())).append("</code>, SHA-256 <code>")
          .append(stamp.inputSha256()).append("</code>; every option is listed under ")
          .append("<a href=\"#stamp\">Stamp</a>.</p>\n</header>\n");
      out.append("<nav>\n<ol>\n");
      String[][] sections = {{"summary", "Summary and validation"},
          {"about", "About the data: sources and cautions"},
          {"coverage", "Theme coverage"}, {"overlap", "Overlap between cities"},
          {"weights", "Cities and themes"}, {"peers", "Top peers"},
          {"groups", "Peer groups"}, {"roundtables", "Roundtables"},
          {"partners", "Partners"}, {"stamp", "Stamp"}};
      for (String[] section : sections) {
        out.append("<li><a href=\"#").append(section[0]).append("\">").append(section[1])
            .append("</a></li>\n");
      }
      out.append("</ol>\n</nav>\n");
    }

    private void summary() {
      ReportSummary summary = report.summary();
      out.append("<section id=\"summary\">\n<h2>Summary and validation</h2>\n");
      out.append("<table>\n<tbody>\n");
      row("Cities", summary.cities() + " (" + summary.citiesWithThemes()
          + " with themes of " + summary.taxonomy() + ", " + (summary.cities()
          - summary.citiesWithThemes()) + " without: no plan, or a plan naming none)");
      row("Plans", String.valueOf(summary.plans()));
      row("Projects", String.valueOf(summary.projects()));
      row("Organizations", String.valueOf(summary.organizations()));
      out.append("<tr><th scope=\"row\">Taxonomies</th><td>");
      List<Taxonomy> taxonomies = report.document().taxonomies();
      for (int i = 0; i < taxonomies.size(); i++) {
        Taxonomy taxonomy = taxonomies.get(i);
        out.append(i == 0 ? "" : "<br/>").append("<code>").append(Text.html(
            taxonomy.id().value())).append("</code> ").append(Text.html(taxonomy.name()))
            .append(" (").append(Text.count(taxonomy.themes().size(), "theme", "themes"))
            .append(")");
      }
      out.append("</td></tr>\n");
      row("Analysed", summary.taxonomy() + (report.options().overlap().rollup()
          ? ", rolled up to its " : ", its ") + Text.count(summary.themes(), "theme", "themes")
          + ", " + summary.themesNamed() + " of them named by at least one city");
      row("Validation", Text.count(summary.errors(), "error", "errors") + ", "
          + Text.count(summary.warnings(), "warning", "warnings"));
      out.append("</tbody>\n</table>\n");
      List<Problem> problems = report.validation().problems();
      if (problems.isEmpty()) {
        out.append("<p>Validation found no problem.</p>\n");
      } else {
        out.append("<table>\n<thead><tr><th>severity</th><th>rule</th><th>where</th>"
            + "<th>message</th></tr></thead>\n<tbody>\n");
        for (Problem problem : problems) {
          out.append("<tr><td>").append(problem.severity().label()).append("</td><td><code>")
              .append(Text.html(problem.rule())).append("</code></td><td><code>")
              .append(Text.html(problem.pointer().isEmpty() ? "/" : problem.pointer()))
              .append("</code>");
          if (problem.hasLocation()) {
            out.append(" (").append(problem.line()).append(':').append(problem.column())
                .append(')');
          }
          out.append("</td><td>").append(Text.html(problem.message())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</section>\n");
    }

    /** The document's metadata: what it is, its sources, license and notes (its cautions). */
    private void about() {
      Metadata metadata = report.document().metadata();
      out.append("<section id=\"about\">\n<h2>About the data: sources and cautions</h2>\n");
      if (metadata.description() == null && metadata.source() == null
          && metadata.notes() == null && metadata.license() == null
          && metadata.created() == null && metadata.extensions().isEmpty()) {
        out.append("<p class=\"none\">The document says nothing of its sources.</p>\n"
            + "</section>\n");
        return;
      }
      if (metadata.description() != null) {
        out.append("<p>").append(Text.html(metadata.description())).append("</p>\n");
      }
      if (metadata.source() != null) {
        out.append("<h3>Sources</h3>\n<ul>\n");
        for (String source : metadata.source().split(";\\s+")) {
          out.append("<li>").append(Text.html(source)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (metadata.notes() != null) {
        out.append("<h3>Notes and cautions</h3>\n<p class=\"notes\">")
            .append(Text.html(metadata.notes())).append("</p>\n");
      }
      out.append("<table>\n<tbody>\n");
      if (metadata.license() != null) {
        row("License", metadata.license());
      }
      if (metadata.created() != null) {
        row("Created", metadata.created().toString());
      }
      for (Map.Entry<String, Object> extension : metadata.extensions().values().entrySet()) {
        row(extension.getKey(), Text.plain(extension.getValue()));
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(String name, String value) {
      out.append("<tr><th scope=\"row\">").append(Text.html(name)).append("</th><td>")
          .append(Text.html(value)).append("</td></tr>\n");
    }

    private void coverage() {
      List<ThemeCoverage> named = report.coverage().stream().filter(c -> c.count() > 0)
          .toList();
      List<ThemeCoverage> unnamed = report.coverage().stream().filter(c -> c.count() == 0)
          .toList();
      int scale = Math.max(1, report.summary().citiesWithThemes());
      out.append("<section id=\"coverage\">\n<h2>Theme coverage</h2>\n");
      out.append("<p>How many cities name each theme of <code>")
          .append(Text.html(report.summary().taxonomy().value()))
          .append("</code>, out of the ").append(report.summary().citiesWithThemes())
          .append(" cities whose plan names at least one.</p>\n");
      if (!named.isEmpty()) {
        chart(named, scale);
        out.append("<table class=\"sortable\">\n<thead><tr><th>theme</th><th>label</th><th class=\"num\">cities"
            + "</th><th>which</th></tr></thead>\n<tbody>\n");
        for (ThemeCoverage theme : named) {
          out.append("<tr><td><code>").append(Text.html(theme.theme().value()))
              .append("</code></td><td>").append(Text.html(report.themeLabel(theme.theme())))
              .append("</td><td class=\"num\">").append(theme.count()).append("</td><td>");
          cities(theme.cities());
          out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      if (!unnamed.isEmpty()) {
        out.append("<p>Named by no city (").append(unnamed.size()).append(unnamed.size() == 1
            ? " theme" : " themes").append("): ").append(unnamed.stream()
            .map(c -> Text.html(report.themeLabel(c.theme())) + " (<code>"
                + Text.html(c.theme().value()) + "</code>)")
            .collect(Collectors.joining(", "))).append(".</p>\n");
      }
      out.append("</section>\n");
    }

    private void chart(List<ThemeCoverage> coverage, int scale) {
      int labelWidth = 12;
      for (ThemeCoverage theme : coverage) {
        labelWidth = Math.max(labelWidth, textWidth(label(report.themeLabel(theme.theme()))));
      }
      labelWidth = Math.min(labelWidth, 340);
      int rowHeight = 22;
      int barWidth = 440;
      int top = 22;
      int width = labelWidth + barWidth + 60;
      int height = top + coverage.size() * rowHeight + 8;
      out.append("<figure>\n");
      svgStart(width, height, "coverage-title",
          "Bar chart: the number of cities naming each theme");
      int x0 = labelWidth + 8;
      out.append("<line x1=\"").append(x0).append("\" y1=\"").append(top - 6)
          .append("\" x2=\"").append(x0).append("\" y2=\"").append(height - 4)
          .append("\" stroke=\"#6a737d\" stroke-width=\"1\"/>\n");
      out.append("<line x1=\"").append(x0 + barWidth).append("\" y1=\"").append(top - 6)
          .append("\" x2=\"").append(x0 + barWidth).append("\" y2=\"").append(height - 4)
          .append("\" stroke=\"#9ecae1\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>\n");
      out.append("<text x=\"").append(x0).append("\" y=\"12\" font-size=\"11\" "
          + "text-anchor=\"middle\">0</text>\n");
      out.append("<text x=\"").append(x0 + barWidth).append("\" y=\"12\" font-size=\"11\" "
          + "text-anchor=\"middle\">").append(scale).append("</text>\n");
      for (int i = 0; i < coverage.size(); i++) {
        ThemeCoverage theme = coverage.get(i);
        int y = top + i * rowHeight;
        String name = report.themeLabel(theme.theme());
        out.append("<g>\n<title>").append(Text.html(name)).append(": ").append(theme.count())
            .append(theme.count() == 1 ? " city" : " cities").append("</title>\n");
        out.append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + 15)
            .append("\" font-size=\"12\" text-anchor=\"end\">").append(Text.html(label(name)))
            .append("</text>\n");
        int length = (int) Math.round((double) barWidth * Math.min(theme.count(), scale)
            / scale);
        out.append("<rect x=\"").append(x0).append("\" y=\"").append(y + 4)
            .append("\" width=\"").append(length).append("\" height=\"")
            .append(rowHeight - 8).append("\" fill=\"#4292c6\"/>\n");
        out.append("<text x=\"").append(x0 + length + 5).append("\" y=\"").append(y + 15)
            .append("\" font-size=\"11\">").append(theme.count()).append("</text>\n</g>\n");
      }
      out.append("</svg>\n<figcaption>Cities naming each theme, in the taxonomy's order; the "
          + "dashed line is all ").append(scale).append(" cities with themes.</figcaption>\n"
          + "</figure>\n");
    }

    private void cities(List<CityId> cities) {
      if (cities.isEmpty()) {
        out.append("<span class=\"none\">none</span>");
      }
      out.append(cities.stream().map(this::cityWithCountry)
          .collect(Collectors.joining(", ")));
    }

    /** A city's name and its country code: {@code Battambang (KH)}. */
    private String cityWithCountry(CityId city) {
      String country = report.cityCountry(city);
      return Text.html(report.cityName(city)) + (country == null ? ""
          : " (" + Text.html(country) + ")");
    }

    private void heatmap() {
      List<CityId> zero = report.leafOrder().stream()
          .filter(c -> report.profile(c).isZero()).toList();
      // cities without themes score 0 with every city: listed under the figure, not shaded
      List<CityId> order = report.showsMatrix() ? report.leafOrder().stream()
          .filter(c -> !report.profile(c).isZero()).toList() : report.leafOrder();
      int n = order.size();
      out.append("<section id=\"overlap\">\n<h2>Overlap between cities</h2>\n");
      out.append("<p>The score of every pair of cities (").append(report.options().overlap()
          .metric().code()).append(" on ").append(report.options().overlap().weighting()
          .code()).append(" weights). Rows and columns follow the leaf order of the "
          + "dendrogram (").append(report.options().grouping().linkage().code())
          .append(" linkage), so that peer groups show as blocks on the diagonal; each group "
          + "of two cities or more is outlined.</p>\n");
      if (n == 0) {
        out.append("<p class=\"none\">").append(report.leafOrder().isEmpty()
            ? "The document has no city." : "No city names any of these themes.")
            .append("</p>\n</section>\n");
        return;
      }
      if (!report.showsMatrix()) {
        blockHeatmap();
        return;
      }
      int cell = n <= 40 ? 14 : n <= 80 ? 9 : Math.max(2, 640 / n);
      boolean labelled = cell >= 8;
      int label = 0;
      if (labelled) {
        for (CityId city : order) {
          label = Math.max(label, textWidth(label(report.cityName(city))));
        }
        label = Math.min(label, 200) + 8;
      }
      int left = label + 2;
      int top = label + 2;
      int side = n * cell;
      int legend = 46;
      int width = Math.max(left + side + 4, 380);
      int height = top + side + legend;
      out.append("<figure>\n");
      svgStart(width, height, "overlap-title", "Heatmap of the overlap between cities, in "
          + "the dendrogram's leaf order");
      if (labelled) {
        for (int i = 0; i < n; i++) {
          String name = label(report.cityName(order.get(i)));
          int y = top + i * cell + cell / 2 + 4;
          out.append("<text x=\"").append(left - 4).append("\" y=\"").append(y)
              .append("\" font-size=\"11\" text-anchor=\"end\">").append(Text.html(name))
              .append("</text>\n");
          int x = left + i * cell + cell / 2 + 4;
          out.append("<text x=\"").append(x).append("\" y=\"").append(top - 4)
              .append("\" font-size=\"11\" transform=\"rotate(-90 ").append(x).append(' ')
              .append(top - 4).append(")\">").append(Text.html(name)).append("</text>\n");
        }
      }
      out.append("<g shape-rendering=\"crispEdges\">\n");
      for (int i = 0; i < n; i++) {
        CityId row = order.get(i);
        for (int j = 0; j < n; j++) {
          CityId column = order.get(j);
          double score = report.matrix().score(row, column);
          out.append("<rect x=\"").append(left + j * cell).append("\" y=\"")
              .append(top + i * cell).append("\" width=\"").append(cell)
              .append("\" height=\"").append(cell).append("\" fill=\"").append(shade(score))
              .append("\"><title>").append(Text.html(report.cityName(row))).append(" \u00d7 ")
              .append(Text.html(report.cityName(column))).append(": ")
              .append(Text.brief(score)).append("</title></rect>\n");
        }
      }
      out.append("</g>\n");
      Map<CityId, Integer> position = new HashMap<>();
      for (int i = 0; i < n; i++) {
        position.putIfAbsent(order.get(i), i);
      }
      for (PeerGroup group : report.groups().groups()) {
        if (group.members().size() < 2) {
          continue;
        }
        int first = group.members().stream().mapToInt(c -> position.getOrDefault(c, -1))
            .min().orElseThrow();
        int last = group.members().stream().mapToInt(c -> position.getOrDefault(c, -1))
            .max().orElseThrow();
        if (!group.members().stream().allMatch(position::containsKey)
            || last - first + 1 != group.members().size()) {
          continue;
        }
        out.append("<rect x=\"").append(left + first * cell).append("\" y=\"")
            .append(top + first * cell).append("\" width=\"").append((last - first + 1) * cell)
            .append("\" height=\"").append((last - first + 1) * cell)
            .append("\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\"><title>Group ")
            .append(group.number()).append(", mean similarity ")
            .append(Text.brief(group.meanSimilarity())).append("</title></rect>\n");
      }
      legend(left, top + side + 16);
      out.append("</svg>\n<figcaption>Shaded by score from 0 (grey) to 1 (dark blue); hover a "
          + "cell for its pair and score. Red outlines: the peer groups of <a href=\"#groups\">"
          + "Peer groups</a>.</figcaption>\n</figure>\n");
      if (!zero.isEmpty()) {
        out.append("<p>Left out, without themes (no plan, or a plan naming none of these "
            + "themes; score 0 with every city): ");
        cities(zero);
        out.append(".</p>\n");
      }
      out.append("</section>\n");
    }

    /** Past {@link Report#MATRIX_CITIES} cities: the mean score between blocks of cities. */
    private void blockHeatmap() {
      List<PeerGroup> blocks = report.blocks();
      int g = blocks.size();
      out.append("<p>With ").append(report.leafOrder().size()).append(" cities, more than "
          + "the ").append(Report.MATRIX_CITIES).append(" a readable heatmap holds, the "
          + "dendrogram is cut into ").append(g).append(" blocks of adjacent leaves; each cell "
          + "is the mean score of the pairs of cities between two blocks. The blocks' cities are "
          + "listed below the figure; <code>scap overlap --matrix</code> gives every pair."
          + "</p>\n");
      int cell = 14;
      int label = 8 + textWidth("block 00 (00000)");
      int left = label + 2;
      int top = label + 2;
      int side = g * cell;
      int legend = 46;
      int width = Math.max(left + side + 4, 380);
      int height = top + side + legend;
      out.append("<figure>\n");
      svgStart(width, height, "overlap-title", "Heatmap of the mean overlap between blocks "
          + "of cities, in the dendrogram's leaf order");
      for (int i = 0; i < g; i++) {
        PeerGroup block = blocks.get(i);
        String name = "block " + block.number() + " (" + block.members().size() + ")";
        int y = top + i * cell + cell / 2 + 4;
        out.append("<a href=\"#block-").append(block.number()).append("\"><text x=\"")
            .append(left - 4).append("\" y=\"").append(y)
            .append("\" font-size=\"11\" text-anchor=\"end\">").append(name)
            .append("</text></a>\n");
        int x = left + i * cell + cell / 2 + 4;
        out.append("<text x=\"").append(x).append("\" y=\"").append(top - 4)
            .append("\" font-size=\"11\" transform=\"rotate(-90 ").append(x).append(' ')
            .append(top - 4).append(")\">").append(name).append("</text>\n");
      }
      out.append("<g shape-rendering=\"crispEdges\">\n");
      for (int i = 0; i < g; i++) {
        for (int j = 0; j < g; j++) {
          double score = report.blockMean(i, j);
          out.append("<rect x=\"").append(left + j * cell).append("\" y=\"")
              .append(top + i * cell).append("\" width=\"").append(cell)
              .append("\" height=\"").append(cell).append("\" fill=\"").append(shade(score))
              .append("\"><title>block ").append(blocks.get(i).number()).append(" \u00d7 block ")
              .append(blocks.get(j).number()).append(": mean ").append(Text.brief(score))
              .append("</title></rect>\n");
        }
      }
      out.append("</g>\n");
      legend(left, top + side + 16);
      out.append("</svg>\n<figcaption>Shaded by mean score from 0 (grey) to 1 (dark blue); "
          + "hover a cell for its blocks and mean, follow a block's label to its cities."
          + "</figcaption>\n</figure>\n");
      out.append("<div class=\"wide\">\n<table class=\"blocks sortable\">\n<thead><tr>"
          + "<th class=\"num\">block</th><th class=\"num\">cities</th><th class=\"num\">"
          + "mean similarity</th><th>themes all share</th><th>which</th></tr></thead>\n"
          + "<tbody>\n");
      for (PeerGroup block : blocks) {
        out.append("<tr id=\"block-").append(block.number()).append("\"><td class=\"num\">")
            .append(block.number()).append("</td><td class=\"num\">")
            .append(block.members().size()).append("</td><td class=\"num\">")
            .append(Text.brief(block.meanSimilarity())).append("</td><td>")
            .append(themes(block.sharedThemes())).append("</td><td>");
        cities(block.members());
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void legend(int left, int y) {
      out.append("<text x=\"").append(left).append("\" y=\"").append(y + 11)
          .append("\" font-size=\"11\" text-anchor=\"end\" dx=\"-6\">score</text>\n");
      double[] stops = {0, 0.2, 0.4, 0.6, 0.8, 1};
      for (int s = 0; s < stops.length; s++) {
        int x = left + s * 40;
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"16"
            + "\" height=\"14\" fill=\"").append(shade(stops[s]))
            .append("\" stroke=\"#6a737d\" stroke-width=\"0.5\"/>\n");
        out.append("<text x=\"").append(x + 20).append("\" y=\"").append(y + 11)
            .append("\" font-size=\"11\">").append(Text.brief(stops[s])).append("</text>\n");
      }
    }

    private void weights() {
      List<ThemeId> themes = report.coverage().stream().filter(c -> c.count() > 0)
          .map(ThemeCoverage::theme).toList();
      int left = report.themes().size() - themes.size();
      out.append("<section id=\"weights\">\n<h2>Cities and themes</h2>\n");
      out.append("<p>Each city's weight on each theme (").append(report.options().overlap()
          .weighting().code()).append(" weights), cities in the heatmap's order")
          .append(left == 0 ? "" : "; the " + left + " themes named by no city are left out")
          .append(report.showsMatrix() ? "" : "; with more than " + Report.MATRIX_CITIES
              + " cities, the mean weight of each block of the heatmap")
          .append(".</p>\n");
      if (themes.isEmpty()) {
        out.append("<p class=\"none\">No city names any theme.</p>\n</section>\n");
        return;
      }
      double max = 0;
      for (CityProfile profile : report.profiles()) {
        for (double weight : profile.weights().values()) {
          max = Math.max(max, weight);
        }
      }
      out.append("<div class=\"wide\">\n<table class=\"weights\">\n<thead><tr><th>city</th>");
      for (ThemeId theme : themes) {
        out.append("<th class=\"theme\" scope=\"col\" title=\"")
            .append(Text.html(theme.value())).append("\">")
            .append(Text.html(label(report.themeLabel(theme)))).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      boolean blocks = !report.showsMatrix();
      int rows = blocks ? report.blocks().size() : report.leafOrder().size();
      for (int r = 0; r < rows; r++) {
        PeerGroup block = blocks ? report.blocks().get(r) : null;
        List<CityProfile> members = blocks
            ? block.members().stream().map(report::profile).toList()
            : List.of(report.profile(report.leafOrder().get(r)));
        out.append("<tr><th scope=\"row\">").append(blocks ? "<a href=\"#block-"
            + block.number() + "\">block " + block.number() + "</a> (" + members.size() + ")"
            : Text.html(report.cityName(members.get(0).city()))).append("</th>");
        for (ThemeId theme : themes) {
          double weight = members.stream().mapToDouble(m -> m.weight(theme)).sum()
              / members.size();
          if (weight > 0) {
            double level = 0.25 + 0.75 * weight / max;
            out.append("<td class=\"on\" style=\"background:").append(shade(level))
                .append(level <= 0.45 ? ";color:#1b1f24" : "").append("\">")
                .append(Text.brief(weight)).append("</td>");
          } else {
            out.append("<td></td>");
          }
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void peers() {
      out.append("<section id=\"peers\">\n<h2>Top peers</h2>\n");
      out.append("<p>Each city's ").append(report.options().top()).append(" closest peers "
          + "scoring above ").append(Text.brief(Math.max(0, report.options().minScore().doubleValue())))
          .append(", with the themes they share and the projects behind them (the city's, "
          + "then the peer's).</p>\n");
      if (!report.showsMatrix()) {
        out.append("<p>With more than ").append(Report.MATRIX_CITIES).append(" cities, one "
            + "row per city: its peers and their scores; the JSON and CSV renderings add the "
            + "shared themes and projects.</p>\n");
        out.append("<div class=\"wide\">\n<table class=\"sortable\">\n<thead><tr><th>city</th><th>peers "
            + "(score)</th></tr></thead>\n<tbody>\n");
        for (CityPeers city : report.peers()) {
          out.append("<tr><th scope=\"row\">").append(cityWithCountry(city.city()))
              .append("</th><td");
          if (city.peers().isEmpty()) {
            out.append(" class=\"none\">").append(ReportWords.noPeer(report, city.city()));
          } else {
            out.append('>').append(city.peers().stream().map(peer -> Text.html(
                report.cityName(peer.city())) + " " + Text.brief(peer.score()))
                .collect(Collectors.joining("; ")));
            int ties = report.tiesLeftOut(city.city());
            if (ties > 0) {
              out.append("; <span class=\"dim\">").append(Text.tiesLeftOut(ties,
                  city.peers().get(city.peers().size() - 1).score())).append("</span>");
            }
          }
          out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
        return;
      }
      out.append("<table>\n<thead><tr><th>city</th><th>peer</th><th class=\"num\">score</th>"
          + "<th>shared themes: projects</th></tr></thead>\n<tbody>\n");
      for (CityPeers city : report.peers()) {
        String name = cityWithCountry(city.city());
        if (city.peers().isEmpty()) {
          out.append("<tr><th scope=\"row\">").append(name).append("</th><td colspan=\"3\" "
              + "class=\"none\">").append(ReportWords.noPeer(report, city.city()))
              .append("</td></tr>\n");
          continue;
        }
        int rows = city.peers().size() + (report.tiesLeftOut(city.city()) > 0 ? 1 : 0);
        for (int p = 0; p < city.peers().size(); p++) {
          Peer peer = city.peers().get(p);
          out.append("<tr>");
          if (p == 0) {
            out.append("<th scope=\"row\"").append(rows > 1 ? " rowspan=\"" + rows + "\"" : "")
                .append(">").append(name).append("</th>");
          }
          out.append("<td>").append(Text.html(report.cityName(peer.city())))
              .append("</td><td class=\"num\">").append(Text.brief(peer.score()))
              .append("</td><td><ul class=\"shared\">");
          for (SharedTheme shared : peer.shared()) {
            out.append("<li><span class=\"theme-name\">")
                .append(Text.html(report.themeLabel(shared.theme()))).append("</span>: ")
                .append(projects(shared.cityProjects())).append(" <span class=\"dim\">"
                + "\u2194</span> ").append(projects(shared.peerProjects())).append("</li>");
          }
          out.append("</ul></td></tr>\n");
        }
        int ties = report.tiesLeftOut(city.city());
        if (ties > 0) {
          out.append("<tr><td colspan=\"3\" class=\"dim\">").append(Text.tiesLeftOut(ties,
              city.peers().get(city.peers().size() - 1).score())).append("</td></tr>\n");
        }
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    private String projects(List<ProjectId> projects) {
      if (projects.isEmpty()) {
        return "<span class=\"none\">no project</span>";
      }
      return projects.stream().map(p -> Text.html(report.projectTitle(p)))
          .collect(Collectors.joining("; "));
    }

    private void groups() {
      out.append("<section id=\"groups\">\n<h2>Peer groups</h2>\n");
      out.append("<p>").append(Text.html(capitalised(Wording.method(report.groups().method()))))
          .append(": agglomerative clustering on 1 \u2212 similarity.</p>\n");
      dendrogram();
      out.append("<table class=\"sortable\">\n<thead><tr><th class=\"num\">group</th><th>cities</th>"
          + "<th>themes all share</th><th class=\"num\">mean similarity</th></tr></thead>\n"
          + "<tbody>\n");
      List<PeerGroup> alone = new java.util.ArrayList<>();
      for (PeerGroup group : report.groups().groups()) {
        if (group.members().size() == 1
            && report.profile(group.members().get(0)).isZero()) {
          alone.add(group);
          continue;
        }
        out.append("<tr><td class=\"num\">").append(group.number()).append("</td><td>");
        cities(group.members());
        out.append("</td><td>").append(themes(group.sharedThemes()))
            .append("</td><td class=\"num\">").append(Text.brief(group.meanSimilarity()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      if (!alone.isEmpty()) {
        out.append("<p>Each alone, without themes (no plan, or a plan naming none of these "
            + "themes): ").append(alone.stream().map(g -> cityWithCountry(g.members().get(0))
            + " (group " + g.number() + ")").collect(Collectors.joining(", ")))
            .append(".</p>\n");
      }
      out.append("</section>\n");
    }

    /**
     * The dendrogram, leaves down the left, merges to the right at their similarity; each peer
     * group's leaves and inner links in its colour and its number at its top merge. Cities
     * without themes merge with nothing above similarity 0: they are listed under the figure,
     * not drawn. Past {@link #TREE_LEAVES} leaves, the tree above the heatmap's blocks.
     */
    private void dendrogram() {
      Dendrogram tree = report.dendrogram();
      List<CityId> leaves = tree.leaves();
      int n = leaves.size();
      if (n < 2) {
        return;
      }
      int[] leafOrder = tree.leafOrder();
      int[] position = new int[n];
      for (int i = 0; i < n; i++) {
        position[leafOrder[i]] = i;
      }
      List<CityId> zero = new java.util.ArrayList<>();
      for (int leaf : leafOrder) {
        if (report.profile(leaves.get(leaf)).isZero()) {
          zero.add(leaves.get(leaf));
        }
      }
      int drawnLeaves = n - zero.size();
      boolean byBlocks = drawnLeaves > TREE_LEAVES && !report.blocks().isEmpty();
      int first = byBlocks ? n - report.blocks().size() : 0;
      int clusters = n + tree.merges().size();
      int[] minPosition = new int[clusters];
      java.util.BitSet alive = new java.util.BitSet(clusters);
      for (int i = 0; i < n; i++) {
        minPosition[i] = position[i];
        alive.set(i);
      }
      for (int m = 0; m < tree.merges().size(); m++) {
        Merge merge = tree.merges().get(m);
        minPosition[n + m] = Math.min(minPosition[merge.left()], minPosition[merge.right()]);
        if (m < first) {
          alive.clear(merge.left());
          alive.clear(merge.right());
          alive.set(n + m);
        }
      }
      // the units drawn as leaves: cities, or the clusters that are the heatmap's blocks
      List<Integer> units = new java.util.ArrayList<>();
      alive.stream().filter(c -> byBlocks || !report.profile(leaves.get(c)).isZero())
          .boxed().sorted(java.util.Comparator.comparingInt(c -> minPosition[c]))
          .forEach(units::add);
      Map<CityId, Integer> groupOf = new HashMap<>();
      Map<Integer, Integer> groupSize = new HashMap<>();
      for (PeerGroup group : report.groups().groups()) {
        group.members().forEach(c -> groupOf.putIfAbsent(c, group.number()));
        groupSize.put(group.number(), group.members().size());
      }
      double[] y = new double[clusters];
      double[] x = new double[clusters];
      int[] group = new int[clusters];
      boolean[] drawn = new boolean[clusters];
      int row = units.size() > 120 ? 11 : 14;
      int font = units.size() > 120 ? 9 : 11;
      int label = 12;
      for (int unit : units) {
        label = Math.max(label, textWidth(unitLabel(unit, byBlocks, leaves, units)));
      }
      label = Math.min(label, 240) + 10;
      int width = 440;
      int top = 10;
      for (int k = 0; k < units.size(); k++) {
        int c = units.get(k);
        drawn[c] = true;
        y[c] = top + k * row + row / 2.0;
        x[c] = label;
        group[c] = byBlocks ? 0 : groupOf.getOrDefault(leaves.get(c), 0);
      }
      int height = top + units.size() * row + 40;
      out.append("<figure>\n");
      svgStart(label + width + 60, height, "dendrogram-title", "Dendrogram of the cities: "
          + "leaves on the left, merges to the right at their similarity");
      StringBuilder lines = new StringBuilder();
      StringBuilder names = new StringBuilder();
      for (int k = 0; k < units.size(); k++) {
        int c = units.get(k);
        String text = Text.html(unitLabel(c, byBlocks, leaves, units));
        String colour = colour(groupSize.getOrDefault(group[c], 1) > 1 ? group[c] : 0);
        if (byBlocks) {
          names.append("<a href=\"#block-").append(k + 1).append("\">");
        }
        names.append("<text x=\"").append(label - 4).append("\" y=\"")
            .append(fixed(y[c] + font / 2.0 - 1)).append("\" font-size=\"").append(font)
            .append("\" text-anchor=\"end\" style=\"fill:").append(colour).append("\">")
            .append(text).append("</text>");
        names.append(byBlocks ? "</a>\n" : "\n");
      }
      for (int m = first; m < tree.merges().size(); m++) {
        Merge merge = tree.merges().get(m);
        int c = n + m;
        if (!drawn[merge.left()] || !drawn[merge.right()] || !(merge.distance() < 1)) {
          continue;
        }
        drawn[c] = true;
        x[c] = label + merge.distance() * width;
        y[c] = (y[merge.left()] + y[merge.right()]) / 2;
        group[c] = group[merge.left()] == group[merge.right()] ? group[merge.left()] : 0;
        String colour = colour(group[c]);
        lines.append("<path d=\"M").append(fixed(x[merge.left()])).append(' ')
            .append(fixed(y[merge.left()])).append('H').append(fixed(x[c])).append('V')
            .append(fixed(y[merge.right()])).append('H').append(fixed(x[merge.right()]))
            .append("\" stroke=\"").append(colour).append("\"/>\n");
        if (group[c] != 0 && merge.size() == groupSize.getOrDefault(group[c], -1)) {
          names.append("<text x=\"").append(fixed(x[c] + 3)).append("\" y=\"")
              .append(fixed(y[c] - 2)).append("\" font-size=\"").append(font)
              .append("\" style=\"fill:").append(colour).append("\">").append(group[c])
              .append("</text>\n");
        }
      }
      out.append("<g fill=\"none\" stroke-width=\"1.5\">\n").append(lines).append("</g>\n")
          .append(names);
      int axis = top + units.size() * row + 8;
      out.append("<line x1=\"").append(label).append("\" y1=\"").append(axis)
          .append("\" x2=\"").append(label + width).append("\" y2=\"").append(axis)
          .append("\" stroke=\"#6a737d\"/>\n");
      for (int t = 0; t <= 4; t++) {
        int tx = label + t * width / 4;
        out.append("<text x=\"").append(tx).append("\" y=\"").append(axis + 14)
            .append("\" font-size=\"10\" text-anchor=\"middle\">")
            .append(Text.brief(1 - t / 4.0)).append("</text>\n");
      }
      out.append("<text x=\"").append(label + width + 6).append("\" y=\"").append(axis + 14)
          .append("\" font-size=\"10\">similarity</text>\n");
      if (report.options().grouping().groups() == null) {
        double cut = label + (1 - report.options().grouping().threshold().doubleValue()) * width;
        out.append("<line x1=\"").append(fixed(cut)).append("\" y1=\"").append(top)
            .append("\" x2=\"").append(fixed(cut)).append("\" y2=\"").append(axis)
            .append("\" stroke=\"#d62728\" stroke-dasharray=\"4 3\"/>\n");
      }
      out.append("</svg>\n<figcaption>");
      if (byBlocks) {
        out.append("The tree above the ").append(units.size()).append(" blocks of the "
            + "heatmap (").append(drawnLeaves).append(" cities with themes are more than "
            + "the ").append(TREE_LEAVES).append(" a readable tree holds); follow a block to "
            + "its cities. ");
      } else {
        out.append("Each peer group of two cities or more in its colour, its number at its "
            + "top merge. ");
      }
      if (report.options().grouping().groups() == null) {
        out.append("The dashed line is the cut at similarity ")
            .append(Text.brief(report.options().grouping().threshold().doubleValue()))
            .append(". ");
      }
      out.append("Merges at similarity 0 are not drawn")
          .append(zero.isEmpty() ? "" : ", nor the " + zero.size() + " cities without themes, "
              + "listed under the table")
          .append(".</figcaption>\n</figure>\n");
    }

    private String unitLabel(int unit, boolean byBlocks, List<CityId> leaves,
        List<Integer> units) {
      if (byBlocks) {
        int k = units.indexOf(unit);
        return "block " + (k + 1) + " (" + report.blocks().get(k).members().size() + ")";
      }
      CityId city = leaves.get(unit);
      String country = report.cityCountry(city);
      return label(report.cityName(city)) + (country == null ? "" : " " + country);
    }

    private String themes(List<ThemeId> themes) {
      if (themes.isEmpty()) {
        return "<span class=\"none\">none</span>";
      }
      return themes.stream().map(t -> Text.html(report.themeLabel(t)))
          .collect(Collectors.joining(", "));
    }

    private void roundtables() {
      RoundtablePlan plan = report.roundtables();
      out.append("<section id=\"roundtables\">\n<h2>Roundtables</h2>\n");
      report.event().ifPresent(e -> out.append("<p>Planned for the ")
          .append(Text.html(Wording.event(e))).append(".</p>\n"));
      out.append("<p>").append(Text.count(plan.tables().size(), "themed table", "themed tables"))
          .append(" of ")
          .append(report.options().roundtables().minSeats()).append(" to ")
          .append(report.options().roundtables().maxSeats()).append(" cities, each city at "
          + "no more than ").append(report.options().roundtables().perCity())
          .append(", seating the largest total weight (")
          .append(report.options().roundtables().profiles().weighting().code())
          .append(" weights): ").append(Text.brief(plan.totalWeight()))
          .append("; the guests of each theme split among its tables for the largest similarity "
              + "of the pairs at the same table: ").append(Text.brief(plan.similarity()))
          .append(".</p>\n");
      out.append("<p>Timetable: ").append(Text.html(report.timetableWords())).append(".</p>\n");
      boolean rooms = !report.options().timetable().rooms().isEmpty();
      if (!plan.tables().isEmpty()) {
        out.append("<table class=\"sortable\">\n<thead><tr><th class=\"num\">table</th>"
            + "<th class=\"num\">slot</th>" + (rooms ? "<th>room</th>" : "") + "<th>theme</th>"
            + "<th>cities</th><th class=\"num\">similarity</th><th>partners to invite</th>"
            + "</tr></thead>\n<tbody>\n");
        for (int t = 0; t < plan.tables().size(); t++) {
          Table table = plan.tables().get(t);
          Optional<Placement> placed = report.timetable().placement(table.number());
          out.append("<tr><td class=\"num\">").append(table.number())
              .append("</td><td class=\"num\">").append(placed.map(p -> Integer.toString(
                  p.slot())).orElse("not placed")).append("</td><td>");
          if (rooms) {
            out.append(Text.html(placed.flatMap(Placement::room).orElse(""))).append("</td><td>");
          }
          out
              .append(Text.html(report.themeLabel(table.theme()))).append("</td><td>");
          cities(table.guests());
          out.append("</td><td class=\"num\">").append(Text.brief(table.similarity()))
              .append("</td><td>");
          List<Invitee> invited = report.invitations().get(t).invited();
          if (invited.isEmpty()) {
            out.append("<span class=\"none\">nobody</span>");
          }
          out.append(invited.stream().map(i -> Text.html(report.organizationName(
              i.organization()))).collect(Collectors.joining(", ")));
          out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append("<h3>Invitations</h3>\n");
        for (TableInvitations invitations : report.invitations()) {
          out.append("<p>Table ").append(invitations.table()).append(", ")
              .append(Text.html(report.themeLabel(invitations.theme()))).append(":</p>\n<ul>\n");
          for (Invitee invitee : invitations.invited()) {
            out.append("<li>").append(Text.html(Wording.organization(invitee.organization(),
                report::organizationName))).append(": ").append(Text.html(Wording.invitation(
                invitee, report::cityName))).append("</li>\n");
          }
          for (String note : ReportWords.invitationNotes(invitations, report::organizationName)) {
            out.append("<li>").append(Text.html(note)).append("</li>\n");
          }
          out.append("</ul>\n");
        }
      }
      if (!report.timetable().unplaced().isEmpty()) {
        out.append("<h3>Tables not placed</h3>\n<ul>\n");
        for (Unplaced unplaced : report.timetable().unplaced()) {
          out.append("<li>Table ").append(unplaced.table()).append(": ").append(Text.html(
              Wording.unplaced(unplaced, report::cityName, report::organizationName)))
              .append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!plan.adjustments().isEmpty()) {
        out.append("<h3>Adjustments</h3>\n<ul>\n");
        for (Adjustment adjustment : plan.adjustments()) {
          out.append("<li>").append(Text.html(Wording.adjustment(adjustment))).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!plan.shortfalls().isEmpty()) {
        out.append("<h3>Cities at fewer tables than allowed</h3>\n<table>\n<thead><tr>"
            + "<th>city</th><th class=\"num\">tables</th><th>why</th></tr></thead>\n"
            + "<tbody>\n");
        for (Shortfall shortfall : plan.shortfalls()) {
          out.append("<tr><td>").append(Text.html(report.cityName(shortfall.city())))
              .append("</td><td class=\"num\">").append(shortfall.tables())
              .append("</td><td>").append(Text.html(Wording.shortfall(shortfall))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      List<InvitedApart> apart = report.event().map(SessionScope::apart).orElse(List.of());
      if (!apart.isEmpty()) {
        out.append("<h3>Invited cities not seated</h3>\n<table>\n<thead><tr>"
            + "<th>city</th><th>why</th></tr></thead>\n<tbody>\n");
        for (InvitedApart city : apart) {
          out.append("<tr><td>").append(Text.html(report.cityName(city.city())))
              .append("</td><td>").append(Text.html(Wording.apart(city))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</section>\n");
    }

    private void partners() {
      out.append("<section id=\"partners\">\n<h2>Partners</h2>\n");
      out.append("<p>For each city, the ").append(report.options().partners())
          .append(" organizations that fit its themes and the support its projects need best,"
          + " with the reasons.</p>\n");
      if (!report.showsMatrix()) {
        out.append("<p>With more than ").append(Report.MATRIX_CITIES).append(" cities, one "
            + "row per city: its partners and their scores; the JSON and CSV renderings add the "
            + "reasons.</p>\n");
        out.append("<div class=\"wide\">\n<table class=\"sortable\">\n<thead><tr><th>city</th><th>partners "
            + "(score)</th></tr></thead>\n<tbody>\n");
        for (CityPartners city : report.partners()) {
          out.append("<tr><th scope=\"row\">").append(cityWithCountry(city.city()))
              .append("</th><td");
          if (city.partners().isEmpty()) {
            boolean planless = report.overlap().profile(city.city())
                .map(p -> p.plan() == null).orElse(false);
            out.append(" class=\"none\">").append(planless ? "no plan" : "no partner fits");
          } else {
            out.append('>').append(city.partners().stream().map(match -> Text.html(
                report.organizationName(match.organization())) + " "
                + Text.brief(match.score())).collect(Collectors.joining("; ")));
          }
          out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
        return;
      }
      out.append("<table>\n<thead><tr><th>city</th><th>partner</th><th class=\"num\">score"
          + "</th><th>why</th></tr></thead>\n<tbody>\n");
      for (CityPartners city : report.partners()) {
        String name = cityWithCountry(city.city());
        if (city.partners().isEmpty()) {
          boolean planless = report.overlap().profile(city.city())
              .map(p -> p.plan() == null).orElse(false);
          out.append("<tr><th scope=\"row\">").append(name).append("</th><td colspan=\"3\" "
              + "class=\"none\">").append(planless ? "no plan" : "no partner fits")
              .append("</td></tr>\n");
          continue;
        }
        for (int p = 0; p < city.partners().size(); p++) {
          PartnerMatch match = city.partners().get(p);
          out.append("<tr>");
          if (p == 0) {
            out.append("<th scope=\"row\"").append(city.partners().size() > 1 ? " rowspan=\""
                + city.partners().size() + "\"" : "").append(">").append(name).append("</th>");
          }
          out.append("<td>").append(Text.html(report.organizationName(match.organization())))
              .append("</td><td class=\"num\">").append(Text.brief(match.score()))
              .append("</td><td>").append(Text.html(String.join("; ", match.reasons())))
              .append("</td></tr>\n");
        }
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    private void stamp() {
      out.append("<section id=\"stamp\">\n<h2>Stamp</h2>\n");
      out.append("<p>The same input, options and version of scap give this report again, "
          + "byte for byte.</p>\n<table>\n<tbody>\n");
      for (Map.Entry<String, String> setting : ReportWords.settings(report).entrySet()) {
        out.append("<tr><th scope=\"row\"><code>").append(Text.html(setting.getKey()))
            .append("</code></th><td><code>").append(Text.html(setting.getValue()))
            .append("</code></td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    private void svgStart(int width, int height, String id, String title) {
      out.append("<svg class=\"chart\" width=\"").append(width).append("\" height=\"")
          .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
          .append("\" role=\"img\" aria-labelledby=\"").append(id).append("\">\n<title id=\"")
          .append(id).append("\">").append(Text.html(title)).append("</title>\n");
    }
  }

  private static String sha256(String text) {
    try {
      return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
          .getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The most leaves the dendrogram draws; past them it draws the tree above the blocks. */
  static final int TREE_LEAVES = 500;

  private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
      "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79"};

  /** A peer group's colour; grey for 0, links between groups and cities alone. */
  private static String colour(int group) {
    return group <= 0 ? "#8a939c" : PALETTE[(group - 1) % PALETTE.length];
  }

  /** A coordinate with at most one decimal. */
  private static String fixed(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
  }

  /** A label short enough for a chart: at most 40 characters. */
  private static String label(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39).strip() + "\u2026";
  }

  /** About how wide a text is at 11 to 12 pixels, in a sans-serif font. */
  private static int textWidth(String text) {
    return (int) Math.ceil(text.length() * 6.4);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
