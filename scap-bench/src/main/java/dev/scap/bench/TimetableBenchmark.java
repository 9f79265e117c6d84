package dev.scap.bench;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.partner.Invitations;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.RoundtablePlanner;
import dev.scap.analysis.timetable.Meeting;
import dev.scap.analysis.timetable.Timetable;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.analysis.timetable.Timetabler;
import dev.scap.io.SyntheticDocuments;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.color.SaturationDegreeColoring;
import org.jgrapht.alg.interfaces.VertexColoringAlgorithm;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timetable of a conference's roundtables at 10,000 cities, with unlimited rooms and with
 * 100. Two conferences: {@code seeded}, each city at 2 tables of 8 (2,500 tables) and a fifth as
 * many organizations as tables, each at 1 to 20 tables drawn with seed 20261207 (the test's
 * conference); {@code planned}, the roundtable plan of the command line's defaults for
 * {@code scap generate --cities N --themes 50 --projects 4 --seed 20261127} with the 3 best
 * partners of each table. The setup prints the slots, the lower bound and the method.
 *
 * <p>The baseline, {@link #jgraphtDsatur}, is what an analyst would reach for instead: the
 * conflict graph built with JGraphT and coloured by its DSATUR
 * ({@code SaturationDegreeColoring}), the first colouring that scap's own search then improves
 * and bounds. It knows no rooms, so it is the same with 100 rooms as with none; the setup
 * prints its number of colours beside scap's slots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TimetableBenchmark {

  /** Cities. */
  @Param({"10000"})
  public int cities;

  /** The conference: {@code seeded} or {@code planned}. */
  @Param({"seeded", "planned"})
  public String conference;

  /** Rooms; 0 for unlimited. */
  @Param({"0", "100"})
  public int rooms;

  private List<Meeting> meetings;
  private TimetableOptions options;

  /** Creates the benchmark state. */
  public TimetableBenchmark() {}

  /** Builds the meetings and prints the timetable's counts. */
  @Setup(Level.Trial)
  public void setUp() {
    meetings = switch (conference) {
      case "seeded" -> seeded(cities, 20261207L);
      case "planned" -> planned(cities);
      default -> throw new IllegalArgumentException("no conference " + conference);
    };
    options = TimetableOptions.DEFAULTS.withRooms(rooms);
    long start = System.nanoTime();
    Timetable timetable = timetable();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%n# %s, %d cities, %d tables, rooms %d: %d slots, lower bound %d, %s%s,"
        + " first run %d ms; JGraphT's DSATUR: %d colours%n", conference, cities,
        meetings.size(), rooms, timetable.slots(), timetable.lowerBound(), timetable.method(),
        timetable.optimal() ? " (optimal)" : "", millis,
        jgraphtDsatur().getNumberColors());
  }

  /**
   * The baseline: the conflict graph of the same meetings, built with JGraphT (an edge between
   * two tables that share a city or an organization), coloured by DSATUR.
   *
   * @return the colouring
   */
  @Benchmark
  public VertexColoringAlgorithm.Coloring<Integer> jgraphtDsatur() {
    Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    Map<Object, List<Integer>> attending = new HashMap<>();
    for (Meeting meeting : meetings) {
      graph.addVertex(meeting.table());
      for (CityId city : meeting.cities()) {
        attending.computeIfAbsent(city, k -> new ArrayList<>()).add(meeting.table());
      }
      for (OrganizationId organization : meeting.organizations()) {
        attending.computeIfAbsent(organization, k -> new ArrayList<>()).add(meeting.table());
      }
    }
    for (List<Integer> tables : attending.values()) {
      for (int i = 0; i < tables.size(); i++) {
        for (int j = i + 1; j < tables.size(); j++) {
          if (!tables.get(i).equals(tables.get(j))) {
            graph.addEdge(tables.get(i), tables.get(j));
          }
        }
      }
    }
    return new SaturationDegreeColoring<>(graph).getColoring();
  }

  /**
   * The timetable.
   *
   * @return the timetable
   */
  @Benchmark
  public Timetable timetable() {
    return Timetabler.place(meetings, options);
  }

  private static List<Meeting> seeded(int cities, long seed) {
    Random random = new Random(seed);
    List<Integer> seats = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      seats.add(c);
      seats.add(c);
    }
    Collections.shuffle(seats, random);
    int tables = seats.size() / 8;
    List<List<OrganizationId>> invited = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      invited.add(new ArrayList<>());
      all.add(t);
    }
    for (int o = 0; o < tables / 5; o++) {
      Collections.shuffle(all, random);
      int at = Math.min(tables, 1 + random.nextInt(20));
      for (int i = 0; i < at; i++) {
        invited.get(all.get(i)).add(OrganizationId.of(String.format("org-%04d", o)));
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      List<CityId> guests = seats.subList(8 * t, 8 * t + 8).stream()
          .map(c -> CityId.of(String.format("city-%05d", c))).toList();
      meetings.add(new Meeting(t + 1, guests, invited.get(t)));
    }
    return meetings;
  }

  private static List<Meeting> planned(int cities) {
    ThemeOverlap overlap = ThemeOverlap.of(SyntheticDocuments.of(cities, 50, 4, 20261127)
        .generate(), RoundtableOptions.DEFAULTS.profiles());
    RoundtablePlan plan = RoundtablePlanner.plan(overlap, RoundtableOptions.DEFAULTS);
    return Meeting.of(plan, Invitations.forTables(overlap, plan, InvitationOptions.DEFAULTS));
  }
}
