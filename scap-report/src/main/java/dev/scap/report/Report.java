package dev.scap.report;

import dev.scap.analysis.event.EventPlanner;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.Clustering;
import dev.scap.analysis.grouping.Dendrogram;
import dev.scap.analysis.grouping.PeerGroup;
import dev.scap.analysis.grouping.PeerGrouping;
import dev.scap.analysis.grouping.PeerGroups;
import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.CityProfile;
import dev.scap.analysis.overlap.Peer;
import dev.scap.analysis.overlap.SimilarityMatrix;
import dev.scap.analysis.overlap.ThemeCoverage;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.partner.PartnerMatcher;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import dev.scap.model.validation.ValidationReport;
import dev.scap.report.internal.Out;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One report of a document: every analysis of scap on it, made once with one set of options
 * and held as data, for {@link ReportHtml}, {@link ReportMarkdown} and {@link ReportJson} (and
 * any other renderer) to print. Its sections, in the order the renderers print them:
 * <ol>
 *   <li>{@linkplain #summary() the summary} of the document and of its validation;
 *   <li>{@linkplain #coverage() theme coverage}: which cities name each theme;
 *   <li>the city × city {@linkplain #matrix() overlap}, to be shown in the
 *       {@linkplain #leafOrder() leaf order} of the {@linkplain #dendrogram() dendrogram} so that
 *       peer groups show as blocks;
 *   <li>the city × theme {@linkplain #profiles() weights};
 *   <li>each city's {@linkplain #peers() top peers}, with the shared themes and the projects
 *       behind them;
 *   <li>the {@linkplain #groups() peer groups}, cut from the dendrogram;
 *   <li>the {@linkplain #roundtables() roundtable plan} and the
 *       {@linkplain #invitations() organizations invited to each table}, with their reasons: of the whole
 *       document,
 *       or of an {@linkplain #event() event's roundtable session};
 *   <li>the {@linkplain #partners() partners} suggested to each city;
 *   <li>the {@linkplain #stamp() stamp} and the {@linkplain #options() options}.
 * </ol>
 * The city × city matrix is kept for at most {@value #MATRIX_CITIES} cities: past that, the
 * report holds the dendrogram cut into at most {@value #BLOCKS} {@linkplain #blocks() blocks}
 * and the {@linkplain #blockMean(int, int) mean score} between each two, so that it and its
 * renderings grow with the cities and their peers, not with their square; the full matrix is
 * left to {@code overlap --matrix}. The clustering itself still scores every pair once, in
 * n(n-1)/2 doubles let go before the report is returned. The same document and options give
 * an equal report, and the renderers the same text. Immutable and thread-safe.
 */
public final class Report {

  /**
   * The most cities whose city × city matrix a report shows; past it, the heatmap shows
   * {@linkplain #blocks() blocks}.
   */
  public static final int MATRIX_CITIES = 200;

  /** The most blocks the heatmap shows past {@value #MATRIX_CITIES} cities. */
  public static final int BLOCKS = 50;

  /**
   * The most peers past a city's top-k that {@link #tiesLeftOut(CityId)} counts: a count of
   * this many means at least this many.
   */
  public static final int TIES_COUNTED = 10;

  private final ScapDocument document;
  private final ValidationReport validation;
  private final ReportOptions options;
  private final ThemeOverlap overlap;
  private final ThemeOverlap seating;
  private final SessionScope event;
  private final Map<CityId, CityProfile> profileByCity = new HashMap<>();
  private final ReportSummary summary;
  private final List<ThemeCoverage> coverage;
  private final Dendrogram dendrogram;
  private final List<CityId> leafOrder;
  private SimilarityMatrix matrix;
  private final List<PeerGroup> blocks;
  private final double[][] blockMeans;
  private final List<CityPeers> peers;
  private final PeerGroups groups;
  private final RoundtablePlan roundtables;
  private final List<TableInvitations> invitations;
  private final Timetable timetable;
  private final List<CityPartners> partners;
  private final Map<CityId, String> cityNames = new HashMap<>();
  private final Map<CityId, String> cityCountries = new HashMap<>();
  private final Map<CityId, Integer> tiesLeftOut = new HashMap<>();
  private final Map<ThemeId, String> themeLabels = new HashMap<>();
  private final Map<OrganizationId, String> organizationNames = new HashMap<>();
  private final Map<ProjectId, String> projectTitles = new HashMap<>();

  private Report(ScapDocument document, ValidationReport validation, ReportOptions given,
      SessionScope event) {
    ReportOptions options = event == null ? given
        : given.withRoundtables(EventPlanner.options(event, given.roundtables()));
    this.document = document;
    this.validation = validation;
    this.options = options;
    this.event = event;
    this.overlap = ThemeOverlap.of(document, options.overlap());
    this.coverage = overlap.coverage();
    Clustering clustering = PeerGrouping.cluster(overlap, options.grouping().linkage());
    this.dendrogram = clustering.dendrogram();
    this.groups = options.grouping().groups() == null
        ? clustering.cutAt(options.grouping().threshold())
        : clustering.cut(options.grouping().groups());
    List<CityId> order = new ArrayList<>();
    for (int leaf : dendrogram.leafOrder()) {
      order.add(overlap.cities().get(leaf));
    }
    this.leafOrder = List.copyOf(order);
    if (order.size() > MATRIX_CITIES) {
      this.blocks = blocksInLeafOrder(themedBlocks(clustering, overlap), order);
      this.blockMeans = blockMeans(overlap, blocks);
    } else {
      this.blocks = List.of();
      this.blockMeans = new double[0][0];
    }
    // The peers past the k-th are asked for once, with the k shown: only to count the ties
    // left out. The order is total (exact score, then id), so the k shown are its first k.
    int top = options.top();
    List<CityPeers> more = overlap.topPeers(top == 0 ? 0 : top + TIES_COUNTED,
        options.minScore());
    List<CityPeers> shownPeers = new ArrayList<>(more.size());
    for (CityPeers city : Out.madeAhead(more)) {
      List<Peer> next = city.peers();
      List<Peer> shown = next.subList(0, Math.min(top, next.size()));
      shownPeers.add(new CityPeers(city.city(), shown));
      if (top == 0 || shown.size() < top) {
        continue;
      }
      CityId last = shown.get(shown.size() - 1).city();
      int ties = 0;
      // exactly as the last one shown: two scores may print alike yet differ
      for (int p = shown.size(); p < next.size()
          && overlap.compareScores(city.city(), next.get(p).city(), city.city(), last) == 0;
          p++) {
        ties++;
      }
      if (ties > 0) {
        tiesLeftOut.putIfAbsent(city.city(), ties);
      }
    }
    this.peers = List.copyOf(shownPeers);
    overlap.profiles().forEach(p -> profileByCity.putIfAbsent(p.city(), p));
    this.seating = event != null
        ? ThemeOverlap.of(event.document(), options.roundtables().profiles())
        : options.roundtables().profiles().equals(options.overlap()) ? overlap
        : ThemeOverlap.of(document, options.roundtables().profiles());
    this.roundtables = RoundtablePlanner.plan(seating, options.roundtables());
    this.invitations = Invitations.forTables(seating, roundtables, options.invitations());
    this.timetable = Timetabler.place(Meeting.of(roundtables, invitations), options.timetable());
    this.partners = PartnerMatcher.forCities(overlap, options.partners());
    for (City city : document.cities()) {
      cityNames.putIfAbsent(city.id(), city.name());
      cityCountries.putIfAbsent(city.id(), city.country());
    }
    for (Taxonomy taxonomy : document.taxonomies()) {
      for (Theme theme : taxonomy.themes()) {
        themeLabels.putIfAbsent(theme.id(), theme.label());
      }
    }
    for (Organization organization : document.organizations()) {
      organizationNames.putIfAbsent(organization.id(), organization.name());
    }
    for (Plan plan : document.plans()) {
      for (Project project : plan.projects()) {
        projectTitles.putIfAbsent(project.id(), project.title());
      }
    }
    this.summary = new ReportSummary(document.metadata().title(), document.cities().size(),
        (int) overlap.profiles().stream().filter(p -> !p.isZero()).count(),
        document.plans().size(),
        document.plans().stream().mapToInt(p -> p.projects().size()).sum(),
        document.organizations().size(), document.taxonomies().size(), overlap.taxonomy().id(),
        overlap.themes().size(), (int) coverage.stream().filter(c -> c.count() > 0).count(),
        validation.errors().size(), validation.warnings().size());
  }

  /** The blocks renumbered from 1 in the order their first members have in the leaf order. */
  /**
   * Cuts the dendrogram into {@link #BLOCKS} blocks of cities with themes. The cities without
   * join it last, at similarity 0, each on its own: they are left out of the blocks (the
   * renderers list them apart), by cutting into as few more groups as leave that many blocks
   * once they are taken out.
   */
  private static List<PeerGroup> themedBlocks(Clustering clustering, ThemeOverlap overlap) {
    Set<CityId> themeless = new HashSet<>();
    for (CityProfile profile : overlap.profiles()) {
      if (profile.isZero()) {
        themeless.add(profile.city());
      }
    }
    int n = overlap.cities().size();
    int wanted = Math.min(BLOCKS, n - themeless.size());
    if (wanted == 0) {
      return List.of();
    }
    // Cutting into more groups only splits groups: the blocks left grow with k.
    int low = wanted;
    int high = Math.min(n, wanted + themeless.size());
    List<PeerGroup> blocks = withThemes(clustering.cut(high), themeless);
    while (low < high) {
      int k = (low + high) >>> 1;
      List<PeerGroup> cut = withThemes(clustering.cut(k), themeless);
      if (cut.size() >= wanted) {
        high = k;
        blocks = cut;
      } else {
        low = k + 1;
      }
    }
    return blocks;
  }

  /** The groups with the cities without themes taken out, those left empty dropped. */
  private static List<PeerGroup> withThemes(PeerGroups cut, Set<CityId> themeless) {
    List<PeerGroup> groups = new ArrayList<>();
    for (PeerGroup group : cut.groups()) {
      List<CityId> members = group.members().stream().filter(c -> !themeless.contains(c))
          .toList();
      if (!members.isEmpty()) {
        groups.add(new PeerGroup(group.number(), group.label(), members, group.sharedThemes(),
            group.meanSimilarity()));
      }
    }
    return groups;
  }

  private static List<PeerGroup> blocksInLeafOrder(List<PeerGroup> cut, List<CityId> order) {
    Map<CityId, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.putIfAbsent(order.get(i), i);
    }
    List<PeerGroup> sorted = new ArrayList<>(cut);
    sorted.sort(Comparator.comparingInt(g -> g.members().stream()
        .mapToInt(position::get).min().orElse(Integer.MAX_VALUE)));
    List<PeerGroup> blocks = new ArrayList<>();
    for (PeerGroup group : sorted) {
      blocks.add(new PeerGroup(blocks.size() + 1, group.label(), group.members(),
          group.sharedThemes(), group.meanSimilarity()));
    }
    return List.copyOf(blocks);
  }

  /** Sums the scores of the pairs between each two blocks in one pass over all pairs. */
  private static double[][] blockMeans(ThemeOverlap overlap, List<PeerGroup> blocks) {
    List<CityId> cities = overlap.cities();
    int n = cities.size();
    Map<CityId, Integer> blockOf = new HashMap<>();
    for (int b = 0; b < blocks.size(); b++) {
      for (CityId member : blocks.get(b).members()) {
        blockOf.putIfAbsent(member, b);
      }
    }
    int[] block = new int[n];
    long[] size = new long[blocks.size()];
    for (int i = 0; i < n; i++) {
      block[i] = blockOf.getOrDefault(cities.get(i), -1);  // -1: no theme, in no block
      if (block[i] >= 0) {
        size[block[i]]++;
      }
    }
    int g = blocks.size();
    double[][] sums = new double[g][g];
    double[] scores = overlap.condensedScores();
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (block[i] < 0) {
        k += n - i - 1;
        continue;
      }
      double[] row = sums[block[i]];
      for (int j = i + 1; j < n; j++, k++) {
        if (block[j] >= 0) {
          row[block[j]] += scores[k];
        }
      }
    }
    double[][] means = new double[g][g];
    for (int a = 0; a < g; a++) {
      for (int b = a; b < g; b++) {
        double mean;
        if (a == b) {
          mean = size[a] < 2 ? blocks.get(a).meanSimilarity()
              : sums[a][a] / (size[a] * (size[a] - 1) / 2.0);
        } else {
          mean = (sums[a][b] + sums[b][a]) / ((double) size[a] * size[b]);
        }
        means[a][b] = mean;
        means[b][a] = mean;
      }
    }
    return means;
  }

  /**
   * Makes every analysis of a report.
   *
   * @param document the document
   * @param validation what validating the document found; warnings are reported
   * @param options the options and the stamp
   * @return the report
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the validation found errors (the analyses need a valid
   *     document), the options name a taxonomy or a roundtable theme the document lacks, or ask
   *     for more groups than there are cities
   */
  public static Report of(ScapDocument document, ValidationReport validation,
      ReportOptions options) {
    return of(document, validation, options, null);
  }

  /**
   * Makes every analysis of a report, with the roundtables of an event's session: its invited
   * cities that can be seated, and, where the roundtable options name none, the session's
   * taxonomy and themes ({@link EventPlanner#options}); {@link #options()} then holds the
   * options the roundtables were planned with. The other analyses are of the whole document.
   *
   * @param document the document
   * @param validation what validating the document found; warnings are reported
   * @param options the options and the stamp
   * @param event the event's session, from {@link EventPlanner#scope} on {@code document};
   *     {@code null} for the roundtables of the whole document, as the other factory plans them
   * @return the report
   * @throws NullPointerException if an argument but {@code event} is {@code null}
   * @throws IllegalArgumentException as the other factory does, or if the session names a
   *     taxonomy or themes the document lacks
   */
  public static Report of(ScapDocument document, ValidationReport validation,
      ReportOptions options, SessionScope event) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(options, "options");
    if (validation.hasErrors()) {
      throw new IllegalArgumentException("the document has " + validation.errors().size()
          + " error(s): a report needs a valid document");
    }
    return new Report(document, validation, options, event);
  }

  /**
   * Returns the event's session whose roundtables the report plans.
   *
   * @return the session, with its invited cities and those listed apart; empty when the
   *     roundtables are of the whole document
   */
  public Optional<SessionScope> event() {
    return Optional.ofNullable(event);
  }

  /**
   * Returns the document reported on.
   *
   * @return the document
   */
  public ScapDocument document() {
    return document;
  }

  /**
   * Returns what validating the document found: warnings only.
   *
   * @return the validation report
   */
  public ValidationReport validation() {
    return validation;
  }

  /**
   * Returns the options the report was made with.
   *
   * @return the options
   */
  public ReportOptions options() {
    return options;
  }

  /**
   * Returns the stamp: scap's version, the input and the date.
   *
   * @return the stamp
   */
  public ReportStamp stamp() {
    return options.stamp();
  }

  /**
   * Returns the profiles and their overlap, from which most sections are made.
   *
   * @return the overlap
   */
  public ThemeOverlap overlap() {
    return overlap;
  }

  /**
   * Returns the profiles the roundtables were planned from: {@link #overlap()} itself when the
   * options ask for the same profiles.
   *
   * @return the roundtables' profiles
   */
  public ThemeOverlap seating() {
    return seating;
  }

  /**
   * Returns the summary of the document and of its validation.
   *
   * @return the summary
   */
  public ReportSummary summary() {
    return summary;
  }

  /**
   * Returns which cities name each theme.
   *
   * @return one entry per theme of the profiles, in the taxonomy's order
   */
  public List<ThemeCoverage> coverage() {
    return coverage;
  }

  /**
   * Returns the agglomerative clustering of the cities.
   *
   * @return the dendrogram
   */
  public Dendrogram dendrogram() {
    return dendrogram;
  }

  /**
   * Returns the cities in the dendrogram's leaf order: the order of the heatmap's rows and
   * columns and of the city × theme matrix, in which each peer group is a run of adjacent
   * cities.
   *
   * @return every city, once
   */
  public List<CityId> leafOrder() {
    return leafOrder;
  }

  /**
   * Returns the score of every pair of cities, made when first asked for: n² doubles, which
   * the renderers ask for only when {@link #showsMatrix()}.
   *
   * @return the matrix, in document order
   */
  public synchronized SimilarityMatrix matrix() {
    if (matrix == null) {
      matrix = overlap.matrix();
    }
    return matrix;
  }

  /**
   * Says whether the heatmap shows every pair of cities: for at most {@value #MATRIX_CITIES}
   * cities; past that it shows {@linkplain #blocks() blocks}.
   *
   * @return whether the report has few enough cities for the city × city matrix
   */
  public boolean showsMatrix() {
    return leafOrder.size() <= MATRIX_CITIES;
  }

  /**
   * Returns the blocks the heatmap shows past {@value #MATRIX_CITIES} cities: the dendrogram
   * cut into at most {@value #BLOCKS} groups, numbered from 1 in the leaf order, so that each
   * block is a run of the leaf order.
   *
   * @return the blocks, empty when the report {@linkplain #showsMatrix() shows the matrix}
   */
  public List<PeerGroup> blocks() {
    return blocks;
  }

  /**
   * Returns the mean score of the pairs of cities between two blocks, or inside one.
   *
   * @param row a block's index in {@link #blocks()}, from 0
   * @param column another's, or the same
   * @return the mean score; inside a block of one city, its score with itself
   * @throws IndexOutOfBoundsException if an index is not one of a block
   */
  public double blockMean(int row, int column) {
    return blockMeans[row][column];
  }

  /**
   * Returns the themes of the profiles: the columns of the city × theme matrix.
   *
   * @return the themes, in the taxonomy's order
   */
  public List<ThemeId> themes() {
    return overlap.themes();
  }

  /**
   * Returns each city's weight on each theme.
   *
   * @return the profiles, in document order
   */
  public List<CityProfile> profiles() {
    return overlap.profiles();
  }

  /**
   * Returns a city's profile.
   *
   * @param city the city
   * @return its profile (the first, were the id given twice)
   * @throws IllegalArgumentException if the city is not one of the report's
   */
  public CityProfile profile(CityId city) {
    CityProfile profile = profileByCity.get(city);
    if (profile == null) {
      throw new IllegalArgumentException("no city " + city + " in the report");
    }
    return profile;
  }

  /** A city's profile, {@code null} if the city is not one of the report's. */
  CityProfile profileOrNull(CityId city) {
    return profileByCity.get(city);
  }

  /**
   * Returns each city's top peers, with the shared themes and the projects behind them.
   *
   * @return one entry per city, in document order
   */
  public List<CityPeers> peers() {
    return peers;
  }

  /**
   * Returns the peer groups, cut from the dendrogram.
   *
   * @return the groups
   */
  public PeerGroups groups() {
    return groups;
  }

  /**
   * Returns the roundtable plan.
   *
   * @return the plan
   */
  public RoundtablePlan roundtables() {
    return roundtables;
  }

  /**
   * Returns the organizations invited to each roundtable, with their reasons, the ties at the
   * last seat and why nobody is invited where nobody is.
   *
   * @return one entry per table, in table order
   */
  public List<TableInvitations> invitations() {
    return invitations;
  }

  /**
   * Returns the timetable of the roundtables, with the partners invited to each, as
   * {@link ReportOptions#timetable()} asks.
   *
   * @return the timetable
   */
  public Timetable timetable() {
    return timetable;
  }

  /**
   * Words the timetable's slots and how sure their count is, as {@link Wording#timetable}
   * does.
   *
   * @return one phrase, without a full stop
   */
  public String timetableWords() {
    return Wording.timetable(timetable, Meeting.of(roundtables, invitations),
        options.timetable().rooms().size(), this::cityName, this::organizationName);
  }

  /**
   * Returns the partners suggested to each city.
   *
   * @return one entry per city, in document order
   */
  public List<CityPartners> partners() {
    return partners;
  }

  /**
   * Returns a city's name.
   *
   * @param city the city
   * @return its name, or its id if the document has no such city
   */
  public String cityName(CityId city) {
    return cityNames.getOrDefault(city, city.value());
  }

  /**
   * Returns a city's country.
   *
   * @param city the city
   * @return its ISO 3166-1 alpha-2 code, or {@code null} if the document has no such city
   */
  public String cityCountry(CityId city) {
    return cityCountries.get(city);
  }

  /**
   * Counts the cities that score with a city exactly as its last peer shown does but are left
   * out of its {@linkplain #peers() top peers} by the cut at {@code top}, so that a renderer can
   * say that the cut fell inside a tie.
   *
   * @param city the city
   * @return how many more peers tie with the last shown, up to {@value #TIES_COUNTED} (which
   *     means that many or more); 0 when the cut falls between two scores or the city has
   *     fewer peers than {@code top}
   */
  public int tiesLeftOut(CityId city) {
    return tiesLeftOut.getOrDefault(city, 0);
  }

  /**
   * Returns a theme's label.
   *
   * @param theme the theme
   * @return its label, or its id if no taxonomy has it
   */
  public String themeLabel(ThemeId theme) {
    return themeLabels.getOrDefault(theme, theme.value());
  }

  /**
   * Returns an organization's name.
   *
   * @param organization the organization
   * @return its name, or its id if the document has no such organization
   */
  public String organizationName(OrganizationId organization) {
    return organizationNames.getOrDefault(organization, organization.value());
  }

  /**
   * Returns a project's title.
   *
   * @param project the project
   * @return its title, or its id if no plan has it
   */
  public String projectTitle(ProjectId project) {
    return projectTitles.getOrDefault(project, project.value());
  }
}
