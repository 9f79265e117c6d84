package dev.scap.analysis.overlap;

import dev.scap.analysis.internal.AllPairs;
import dev.scap.analysis.internal.ExactScores;
import dev.scap.analysis.internal.OverlapProfiles;
import dev.scap.analysis.internal.SparseProfiles;
import dev.scap.analysis.internal.peers.PeerTable;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanChoice;
import dev.scap.model.Project;
import dev.scap.model.ProjectId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Theme overlap between the cities of a document: each city's profile over one taxonomy's
 * themes, from the plan chosen for it, and the similarity of every pair under one metric.
 *
 * <pre>{@code
 * ThemeOverlap overlap = ThemeOverlap.of(Datasets.ascn(), OverlapOptions.DEFAULTS);
 * for (CityPeers city : overlap.topPeers(5, 0)) {
 *   System.out.println(city.city() + " " + city.peers());
 * }
 * }</pre>
 *
 * <p>Results are deterministic and do not depend on the order of the cities: ties are broken
 * by the peer's id in string order, and a pair's sums are added in theme order whichever way
 * they are computed. Cities without a plan, or whose plan names none of the themes, have a
 * zero profile and score 0 with every city, themselves included.
 *
 * <p>{@link #topPeers} finds every city's top peers exactly without an n × n matrix, on every
 * core, in memory O(n·k). It takes the cheaper of two ways for the data at hand: an inverted
 * index from each theme to the cities that weigh it, which touches only the pairs that share a
 * theme (Σ_t |cities weighing t|² steps, far below n² for sparse profiles); or, for presence
 * weights on dense profiles, bitsets and popcount (n²·⌈T/64⌉ word operations for T themes).
 * {@link #matrix()} holds n² scores and is meant for small documents.
 *
 * <p>Weights are integers or 1/p, so every score is an exact rational, or for cosine the root
 * of one. {@link #score}, {@link #topPeers} and {@link #matrix()} give the double nearest to
 * the exact score, and {@link #topPeers} decides order, ties and its least score on the exact
 * values: the loops compute doubles, and only pairs whose doubles lie within their proven
 * rounding error of each other (or of the least score) are compared exactly, in 128-bit
 * integers for integer weights, else in fractions. {@link #condensedScores()} holds the loops'
 * doubles, within a few units in the last place of the nearest. Immutable and thread-safe.
 */
public final class ThemeOverlap {

  private final ScapDocument document;
  private final OverlapOptions options;
  private final Taxonomy taxonomy;
  private final List<ThemeId> themes;
  /**
   * Per theme, its {@link SharedTheme} without projects on either side: one instance for every
   * pair that shares the theme so, as plans of focus areas alone do for all their themes.
   */
  private final List<SharedTheme> withoutProjects;
  private final List<CityId> cities;
  private final Map<CityId, Integer> cityIndex = new HashMap<>();
  private final List<Plan> plans;
  /** Per city, its themes of positive weight as indexes, ascending. */
  private final int[][] themeIndexes;
  /** Per city, the weights of its {@link #themeIndexes}. */
  private final double[][] themeWeights;
  /** Per city, per project of its plan, the indexes of the profile themes it names. */
  private final Named[] projectThemes;
  /**
   * The cities' public profiles, made on first use from {@link #sparse}: the analyses work on
   * the arrays, and a command that only finds peers never asks for them. A race makes equal
   * lists twice, and either serves.
   */
  private volatile List<CityProfile> profiles;
  private final SparseProfiles sparse;
  private final ExactScores exact;

  static {
    OverlapProfiles.grant(overlap -> overlap.exact);
  }

  private ThemeOverlap(ScapDocument document, OverlapOptions options) {
    this.document = document;
    this.options = options;
    this.taxonomy = chooseTaxonomy(document, options);
    List<ThemeId> list = new ArrayList<>();
    Map<ThemeId, Integer> themeIndex = new HashMap<>();
    for (Theme theme : options.rollup() ? taxonomy.topLevelThemes() : taxonomy.themes()) {
      themeIndex.put(theme.id(), list.size());
      list.add(theme.id());
    }
    this.themes = List.copyOf(list);
    this.withoutProjects = themes.stream()
        .map(theme -> new SharedTheme(theme, List.of(), List.of())).toList();
    if (options.rollup()) {
      for (Theme theme : taxonomy.themes()) {
        Integer top = themeIndex.get(document.topLevelTheme(theme.id()));
        if (top != null) {
          themeIndex.putIfAbsent(theme.id(), top);
        }
      }
    }
    this.cities = document.cities().stream().map(City::id).toList();
    for (int i = 0; i < cities.size(); i++) {
      cityIndex.putIfAbsent(cities.get(i), i);
    }
    Map<CityId, List<Plan>> plansByCity = new HashMap<>();
    for (Plan plan : document.plans()) {
      plansByCity.computeIfAbsent(plan.city(), c -> new ArrayList<>()).add(plan);
    }
    Plan[] chosen = new Plan[cities.size()];
    Named[] namedByProjects = new Named[cities.size()];
    int[][] themeArrays = new int[cities.size()][];
    double[][] weightArrays = new double[cities.size()][];
    int[][] unitDenominators = options.weighting() == Weighting.PRIORITY
        ? new int[cities.size()][] : null;
    ThemeLookup lookup = new ThemeLookup(themeIndex);
    // Each city's profile depends on its plans alone: they are built on every core, a run of
    // cities at a time, each into its own slots, from maps that are only read meanwhile.
    int runs = (cities.size() + RUN - 1) / RUN;
    IntStream.range(0, runs).parallel().forEach(run -> {
      Scratch scratch = new Scratch(themes.size());
      for (int i = run * RUN; i < Math.min(cities.size(), (run + 1) * RUN); i++) {
        Plan plan = choosePlan(plansByCity.getOrDefault(cities.get(i), List.of()));
        chosen[i] = plan;
        namedByProjects[i] = namedThemes(plan, lookup);
        profile(plan, namedByProjects[i], lookup, scratch);
        scratch.store(i, themeArrays, weightArrays, unitDenominators);
      }
    });
    this.plans = Arrays.asList(chosen);
    Integer[] order = IntStream.range(0, cities.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing(i -> cities.get(i).value()));
    int[] idRank = new int[cities.size()];
    for (int r = 0; r < order.length; r++) {
      idRank[order[r]] = r;
    }
    this.themeIndexes = themeArrays;
    this.themeWeights = weightArrays;
    this.projectThemes = namedByProjects;
    this.sparse = new SparseProfiles(themes.size(), themeArrays, weightArrays, unitDenominators,
        idRank);
    this.exact = new ExactScores(sparse, options.metric());
  }

  /**
   * Builds the profiles of a document's cities.
   *
   * @param document the document, which should be valid
   * @param options how profiles are made and compared
   * @return the overlap
   * @throws IllegalArgumentException if the options name a taxonomy the document lacks, or the
   *     document has no taxonomy
   */
  public static ThemeOverlap of(ScapDocument document, OverlapOptions options) {
    return new ThemeOverlap(Objects.requireNonNull(document, "document"),
        Objects.requireNonNull(options, "options"));
  }

  private static Taxonomy chooseTaxonomy(ScapDocument document, OverlapOptions options) {
    if (options.taxonomy() == null) {
      if (document.taxonomies().isEmpty()) {
        throw new IllegalArgumentException("the document has no taxonomy");
      }
      return document.taxonomies().get(0);
    }
    return document.taxonomy(options.taxonomy()).orElseThrow(() ->
        new IllegalArgumentException("the document has no taxonomy " + options.taxonomy()
            + "; its taxonomies are " + document.taxonomies().stream()
                .map(t -> String.valueOf(t.id())).toList()));
  }

  /** Cities whose profiles one task builds. */
  private static final int RUN = 64;

  private Plan choosePlan(List<Plan> ofCity) {
    return (options.year() == null ? PlanChoice.latest(ofCity)
        : PlanChoice.choose(ofCity, options.year())).orElse(null);
  }

  /**
   * The index of each theme of the profiles, and with rollup of each theme under one: a
   * lookup of open addressing, whose keys a parsed document shares (its theme ids are the same
   * objects wherever they recur), so that most lookups compare references. Read-only once
   * built, by any thread.
   */
  private static final class ThemeLookup {
    private final ThemeId[] keys;
    private final int[] values;
    private final int mask;

    ThemeLookup(Map<ThemeId, Integer> indexes) {
      int size = Integer.highestOneBit(Math.max(1, indexes.size()) * 4 - 1) << 1;
      keys = new ThemeId[size];
      values = new int[size];
      mask = size - 1;
      indexes.forEach((id, index) -> {
        int slot = slot(id);
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = id;
        values[slot] = index;
      });
    }

    private int slot(ThemeId id) {
      int h = id.hashCode();
      return (h ^ (h >>> 16)) & mask;
    }

    /** The theme's index, or -1 if it is none of the profiles' themes. */
    int index(ThemeId id) {
      for (int slot = slot(id); ; slot = (slot + 1) & mask) {
        ThemeId key = keys[slot];
        if (key == id) {
          return values[slot];
        }
        if (key == null) {
          return -1;
        }
        if (key.equals(id)) {
          return values[slot];
        }
      }
    }
  }

  /**
   * What one task builds each city's profile in: the weights and priorities by theme index,
   * cleared for each city, and the last project counted on each theme.
   */
  private static final class Scratch {
    final double[] weights;
    final int[] priorities;
    final int[] counted;
    /** How many themes have a positive weight. */
    int nonZero;

    Scratch(int themes) {
      weights = new double[themes];
      priorities = new int[themes];
      counted = new int[themes];
    }

    void clear() {
      Arrays.fill(weights, 0);
      Arrays.fill(priorities, 0);
      Arrays.fill(counted, -1);
    }

    /**
     * Stores city i's profile: its themes of positive weight, ascending, their weights, and,
     * for priorities, the p of each weight 1/p (1.0 / p being the double nearest to it).
     */
    void store(int i, int[][] themeArrays, double[][] weightArrays,
        int[][] unitDenominators) {
      int[] themes = new int[nonZero];
      double[] positive = new double[nonZero];
      int[] ps = unitDenominators == null ? null : new int[nonZero];
      for (int t = 0, x = 0; t < weights.length; t++) {
        if (weights[t] > 0) {
          themes[x] = t;
          positive[x] = weights[t];
          if (ps != null) {
            ps[x] = priorities[t];
          }
          x++;
        }
      }
      themeArrays[i] = themes;
      weightArrays[i] = positive;
      if (ps != null) {
        unitDenominators[i] = ps;
      }
    }
  }

  /**
   * The profile themes each project of a plan names, as indexes (-1 for none): project p's
   * are {@code themes[starts[p]]} up to {@code themes[starts[p + 1]]}, in two arrays for a
   * plan rather than one for each project.
   */
  private record Named(int[] themes, int[] starts) {

    static final Named NONE = new Named(new int[0], new int[1]);

    int projects() {
      return starts.length - 1;
    }
  }

  /** The profile themes each project of a plan names. */
  private static Named namedThemes(Plan plan, ThemeLookup lookup) {
    List<Project> projects = plan == null ? List.of() : plan.projects();
    if (projects.isEmpty()) {
      return Named.NONE;
    }
    int[] starts = new int[projects.size() + 1];
    for (int p = 0; p < projects.size(); p++) {
      starts[p + 1] = starts[p] + projects.get(p).themes().size();
    }
    int[] named = new int[starts[projects.size()]];
    for (int p = 0; p < projects.size(); p++) {
      List<ThemeId> themeIds = projects.get(p).themes();
      for (int t = 0; t < themeIds.size(); t++) {
        named[starts[p] + t] = lookup.index(themeIds.get(t));
      }
    }
    return new Named(named, starts);
  }

  /**
   * A plan's profile, from its focus areas and its projects' themes as
   * {@link #namedThemes} gives them, into the scratch: its weights by theme index, and for
   * priorities the p of each 1/p.
   */
  private void profile(Plan plan, Named named, ThemeLookup lookup, Scratch scratch) {
    scratch.clear();
    double[] weights = scratch.weights;
    if (plan != null) {
      switch (options.weighting()) {
        case PRESENCE -> {
          for (FocusArea area : plan.focusAreas()) {
            mark(weights, lookup.index(area.theme()));
          }
          for (int t : named.themes()) {
            mark(weights, t);
          }
        }
        case PROJECTS -> {
          for (FocusArea area : plan.focusAreas()) {
            mark(weights, lookup.index(area.theme()));
          }
          // the last project counted on each theme: a project naming a theme twice (or, rolled
          // up, two themes under it) counts once
          int[] counted = scratch.counted;
          for (int p = 0; p < named.projects(); p++) {
            for (int y = named.starts()[p]; y < named.starts()[p + 1]; y++) {
              int t = named.themes()[y];
              if (t >= 0 && counted[t] != p) {
                counted[t] = p;
                weights[t] += 1;
              }
            }
          }
        }
        case PRIORITY -> {
          int[] priorities = scratch.priorities;
          int lowest = plan.focusAreas().size();
          for (FocusArea area : plan.focusAreas()) {
            int priority = area.priority() != null ? area.priority() : lowest;
            int t = lookup.index(area.theme());
            if (t >= 0 && (priorities[t] == 0 || priority < priorities[t])) {
              priorities[t] = priority;
              weights[t] = 1.0 / priority;
            }
          }
        }
        default -> throw new IllegalStateException(options.weighting().name());
      }
    }
    int nonZero = 0;
    for (double w : weights) {
      nonZero += w > 0 ? 1 : 0;
    }
    scratch.nonZero = nonZero;
  }

  /** Marks a theme named, with weight 1, unless it is none of the profiles' (-1). */
  private static void mark(double[] weights, int theme) {
    if (theme >= 0) {
      weights[theme] = Math.max(weights[theme], 1);
    }
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public OverlapOptions options() {
    return options;
  }

  /**
   * Returns the taxonomy whose themes make the profiles.
   *
   * @return the taxonomy
   */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Returns the themes of the profiles: the taxonomy's, or its top-level ones with rollup.
   *
   * @return the themes, in the taxonomy's order
   */
  public List<ThemeId> themes() {
    return themes;
  }

  /**
   * Returns every city's profile.
   *
   * @return the profiles, in document order
   */
  public List<CityProfile> profiles() {
    List<CityProfile> made = profiles;
    if (made == null) {
      made = List.copyOf(
          IntStream.range(0, cities.size()).parallel().mapToObj(this::makeProfile).toList());
      profiles = made;
    }
    return made;
  }

  /** City i's profile: its themes of positive weight, in the taxonomy's order. */
  private CityProfile makeProfile(int i) {
    Map<ThemeId, Double> named = new LinkedHashMap<>();
    for (int x = 0; x < themeIndexes[i].length; x++) {
      named.put(themes.get(themeIndexes[i][x]), themeWeights[i][x]);
    }
    Plan plan = plans.get(i);
    return new CityProfile(cities.get(i), plan == null ? null : plan.id(), named);
  }

  /**
   * Returns a city's profile.
   *
   * @param city the city
   * @return its profile, empty if the document has no such city
   */
  public Optional<CityProfile> profile(CityId city) {
    Integer i = cityIndex.get(city);
    return i == null ? Optional.empty() : Optional.of(profiles().get(i));
  }

  /**
   * Scores two cities: the double nearest to their exact score, so that cities whose scores are
   * mathematically equal get equal doubles.
   *
   * @param a a city
   * @param b another city, or the same
   * @return the score, in [0, 1]
   * @throws NoSuchElementException if a city is not in the document
   */
  public double score(CityId a, CityId b) {
    return exact.score(cityOf(a), cityOf(b));
  }

  /**
   * Compares the exact scores of two pairs of cities: what tells whether two scores tie, where
   * the doubles {@link #score} returns could not (two different fractions may round to the
   * same double).
   *
   * @param a the first pair's one city
   * @param b the first pair's other city
   * @param c the second pair's one city
   * @param d the second pair's other city
   * @return below 0, 0 or above 0 as the first pair's exact score is below, equal to or above
   *     the second's
   * @throws NoSuchElementException if a city is not in the document
   */
  public int compareScores(CityId a, CityId b, CityId c, CityId d) {
    int i = cityOf(a);
    int j = cityOf(b);
    int k = cityOf(c);
    int l = cityOf(d);
    return exact.compare(exact.computed(i, j), i, j, exact.computed(k, l), k, l);
  }

  /**
   * Finds each city's top peers, as {@link #topPeers(int, BigDecimal)} does, with the least
   * score given as a double: it is taken as the shortest decimal that reads back as that double
   * ({@link Double#toString(double)}), which is the decimal written in the source for any
   * literal of up to 15 significant digits.
   *
   * @param k the most peers per city
   * @param minScore the least score kept
   * @return one entry per city, in document order; a city with no peer has an empty list
   * @throws IllegalArgumentException if {@code k} is negative, or {@code minScore} is not finite
   */
  public List<CityPeers> topPeers(int k, double minScore) {
    if (!Double.isFinite(minScore)) {
      throw new IllegalArgumentException("minScore must be finite: " + minScore);
    }
    return topPeers(k, new BigDecimal(Double.toString(minScore)));
  }

  /**
   * Finds each city's top peers: at most {@code k}, each scoring above 0 and at least
   * {@code minScore}, by descending score, then by the peer's id in string order; each with the
   * themes both cities share and the projects behind them.
   *
   * <p>Every decision is made on the exact scores (see the class comment): a pair whose score is
   * mathematically {@code minScore} is kept, pairs whose scores are mathematically equal tie and
   * are ordered by id, and each score is the double nearest to the exact value.
   *
   * <p>The list holds each city's peers as indexes and scores, in memory O(n·k), with each
   * city's projects by theme and this overlap, and makes a city's {@link CityPeers}, with their
   * shared themes, each time it is asked for one: an output that writes the cities in turn
   * holds the shared themes of a few cities at a time, not all n·k of them. Each call of
   * {@code get} (and so each iteration, {@code equals} or {@code hashCode}) makes its entries
   * again, equal to the ones before; to keep them, copy the list ({@code List.copyOf}). A
   * large list is read fastest a run of cities at a time on every core, as the command line's
   * outputs read it. The list is immutable and thread-safe.
   *
   * @param k the most peers per city
   * @param minScore the least score kept, exactly as written; 0 or less keeps every pair
   *     scoring above 0
   * @return one entry per city, in document order; a city with no peer has an empty list
   * @throws IllegalArgumentException if {@code k} is negative
   * @throws NullPointerException if {@code minScore} is {@code null}
   */
  public List<CityPeers> topPeers(int k, BigDecimal minScore) {
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative: " + k);
    }
    BigDecimal least = Objects.requireNonNull(minScore, "minScore").signum() < 0
        ? BigDecimal.ZERO : minScore;
    AllPairs.TopK top = AllPairs.topK(exact, options.weighting() == Weighting.PRESENCE, k,
        exact.threshold(least));
    return new PeerList(this, top);
  }

  /**
   * Each city's peers, made as they are asked for from the top-k's indexes and scores: memory
   * O(n·k), where the peers with their shared themes would take O(n·k·T). Asked for in turn, as
   * an output writes them, each city's peers are made just before they are used, on the thread
   * that uses them.
   */
  private static final class PeerList extends AbstractList<CityPeers>
      implements RandomAccess, PeerTable {
    private final ThemeOverlap overlap;
    private final AllPairs.TopK top;
    /**
     * Each city's projects per theme, made when first asked for: a city meets up to 2k pairs,
     * and its lists are made once rather than for each pair. Two threads may both make a
     * city's lists; they are equal, and the first kept.
     */
    private final AtomicReferenceArray<List<List<ProjectId>>> byTheme;

    PeerList(ThemeOverlap overlap, AllPairs.TopK top) {
      this.overlap = overlap;
      this.top = top;
      this.byTheme = new AtomicReferenceArray<>(top.peers().length);
    }

    @Override
    public CityPeers get(int i) {
      int[] ids = top.peers()[Objects.checkIndex(i, size())];
      List<Peer> peers = new ArrayList<>(ids.length);
      for (int x = 0; x < ids.length; x++) {
        int j = ids[x];
        peers.add(new Peer(overlap.cities.get(j), top.scores()[i][x],
            overlap.shared(i, j, byTheme(i), byTheme(j))));
      }
      return new CityPeers(overlap.cities.get(i), peers);
    }

    private List<List<ProjectId>> byTheme(int city) {
      List<List<ProjectId>> lists = byTheme.get(city);
      if (lists == null) {
        byTheme.compareAndSet(city, null, overlap.projectsByTheme(city));
        lists = byTheme.get(city);
      }
      return lists;
    }

    @Override
    public int size() {
      return top.peers().length;
    }

    @Override
    public List<CityId> cities() {
      return overlap.cities;
    }

    @Override
    public List<ThemeId> themes() {
      return overlap.themes;
    }

    @Override
    public int[] peers(int city) {
      return top.peers()[city];
    }

    @Override
    public double[] scores(int city) {
      return top.scores()[city];
    }

    @Override
    public int[] themes(int city) {
      return overlap.themeIndexes[city];
    }

    @Override
    public int[][] projectPlaces(int city) {
      return overlap.projectPlaces(city);
    }

    @Override
    public List<Project> projects(int city) {
      Plan plan = overlap.plans.get(city);
      return plan == null ? List.of() : plan.projects();
    }
  }

  /**
   * Compares the exact score of two cities with a threshold, taken as the decimal it is
   * written as: what decides whether a pair scores at least the threshold, where the double
   * {@link #score} returns could not (0.49999999999999994 for an exact 1/2, say).
   *
   * @param a a city
   * @param b another city
   * @param threshold the threshold
   * @return below 0, 0 or above 0 as the exact score is below, equal to or above the threshold
   * @throws NoSuchElementException if a city is not in the document
   * @throws NullPointerException if {@code threshold} is {@code null}
   */
  public int compareScore(CityId a, CityId b, BigDecimal threshold) {
    int i = cityOf(a);
    int j = cityOf(b);
    BigDecimal t = Objects.requireNonNull(threshold, "threshold");
    if (t.signum() <= 0) {
      return exact.score(i, j) > 0 ? 1 : -t.signum();
    }
    return exact.compareTo(sparse.score(options.metric(), i, j), i, j, t);
  }

  /**
   * Returns the themes two cities share, with the projects of each behind them.
   *
   * @param a a city
   * @param b another city
   * @return the themes both weigh above 0, in theme order
   * @throws NoSuchElementException if a city is not in the document
   */
  public List<SharedTheme> shared(CityId a, CityId b) {
    return shared(cityOf(a), cityOf(b));
  }

  private List<SharedTheme> shared(int a, int b) {
    return shared(a, b, projectsByTheme(a), projectsByTheme(b));
  }

  /** As {@link #shared(CityId, CityId)}, from each city's {@link #projectsByTheme}. */
  private List<SharedTheme> shared(int a, int b, List<List<ProjectId>> onA,
      List<List<ProjectId>> onB) {
    List<SharedTheme> shared = new ArrayList<>();
    int[] ta = themeIndexes[a];
    int[] tb = themeIndexes[b];
    for (int x = 0, y = 0; x < ta.length && y < tb.length; ) {
      if (ta[x] < tb[y]) {
        x++;
      } else if (ta[x] > tb[y]) {
        y++;
      } else {
        int t = ta[x];
        List<ProjectId> cityProjects = onA.get(x++);
        List<ProjectId> peerProjects = onB.get(y++);
        shared.add(cityProjects.isEmpty() && peerProjects.isEmpty() ? withoutProjects.get(t)
            : new SharedTheme(themes.get(t), cityProjects, peerProjects));
      }
    }
    return shared;
  }

  /**
   * Per theme of a city's profile, by its place among the city's themes, the projects of the
   * city's plan that name it (or, rolled up, one under it), in plan order; immutable lists.
   */
  private List<List<ProjectId>> projectsByTheme(int city) {
    int[][] places = projectPlaces(city);
    Plan plan = plans.get(city);
    List<List<ProjectId>> lists = new ArrayList<>(places.length);
    for (int[] onTheme : places) {
      ProjectId[] ids = new ProjectId[onTheme.length];
      for (int x = 0; x < ids.length; x++) {
        ids[x] = plan.projects().get(onTheme[x]).id();
      }
      lists.add(List.of(ids));
    }
    return Collections.unmodifiableList(lists);
  }

  /**
   * Per theme of a city's profile, by its place among the city's themes, the places in the
   * city's plan of the projects that name it (or, rolled up, one under it), ascending: a
   * project that names the same profile theme twice (or two themes under it) counts once.
   */
  private int[][] projectPlaces(int city) {
    int[] own = themeIndexes[city];
    Named named = projectThemes[city];
    int[][] places = new int[own.length][];
    if (named.projects() == 0) {
      // a plan of focus areas alone, as most are at first
      Arrays.fill(places, new int[0]);
      return places;
    }
    int[] slot = new int[themes.size()];
    Arrays.fill(slot, -1);
    for (int x = 0; x < own.length; x++) {
      slot[own[x]] = x;
    }
    // counted first, each mention's slot noted (-1 where it does not count), then placed: an
    // array per theme, and nothing else
    int[] starts = named.starts();
    int[] mentions = named.themes();
    int[] slots = new int[mentions.length];
    int[] counts = new int[own.length];
    int[] last = new int[own.length];
    Arrays.fill(last, -1);
    for (int p = 0; p < named.projects(); p++) {
      for (int y = starts[p]; y < starts[p + 1]; y++) {
        int t = mentions[y];
        int x = t < 0 ? -1 : slot[t];
        if (x >= 0 && last[x] != p) {
          last[x] = p;
          counts[x]++;
          slots[y] = x;
        } else {
          slots[y] = -1;
        }
      }
    }
    for (int x = 0; x < own.length; x++) {
      places[x] = new int[counts[x]];
      counts[x] = 0;
    }
    for (int p = 0; p < named.projects(); p++) {
      for (int y = starts[p]; y < starts[p + 1]; y++) {
        int x = slots[y];
        if (x >= 0) {
          places[x][counts[x]++] = p;
        }
      }
    }
    return places;
  }

  /**
   * Scores every pair of cities: n² doubles, for documents of up to a few thousand cities.
   *
   * @return the matrix, rows and columns in document order
   */
  public SimilarityMatrix matrix() {
    return new SimilarityMatrix(cities, AllPairs.matrix(exact));
  }

  /**
   * Scores every pair of distinct cities, condensed as SciPy's {@code pdist} lays them out:
   * the pair (i, j), i &lt; j in document order, at {@code n*i - i*(i+1)/2 + (j - i - 1)}.
   * Holds n(n-1)/2 doubles.
   *
   * @return the condensed scores
   */
  public double[] condensedScores() {
    return AllPairs.condensed(sparse, options.metric());
  }

  /**
   * Returns the cities in document order, as the indexes of {@link #condensedScores()} and
   * {@link #matrix()} number them.
   *
   * @return the cities' ids
   */
  public List<CityId> cities() {
    return cities;
  }

  /**
   * Returns which cities name each theme.
   *
   * @return one entry per theme of {@link #themes()}, in order
   */
  public List<ThemeCoverage> coverage() {
    List<ThemeCoverage> coverage = new ArrayList<>(themes.size());
    for (ThemeId theme : themes) {
      List<CityId> naming = profiles().stream().filter(p -> p.weight(theme) > 0)
          .map(CityProfile::city).toList();
      coverage.add(new ThemeCoverage(theme, naming));
    }
    return List.copyOf(coverage);
  }

  private int cityOf(CityId city) {
    Integer index = cityIndex.get(city);
    if (index == null) {
      throw new NoSuchElementException("no city " + city + " in the document");
    }
    return index;
  }

  /**
   * Returns the document analysed.
   *
   * @return the document
   */
  public ScapDocument document() {
    return document;
  }
}
