package dev.scap.bench;

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
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the documents that scap and its SciPy anchors ({@code scap-bench/anchors}) are run on
 * side by side. Two shapes, each the same bytes for the same size and seed:
 * <ul>
 *   <li>{@code projects}: 64 themes; each city's plan focuses on 3 to 32 of them and has 5 to
 *       30 projects, each naming 1 to 3 of its focus themes (for project-count weights);
 *   <li>{@code presence}: 64 themes; each city's plan focuses on 4 to 12 of them, about 8, and
 *       has no project ({@link Profiles#document}).
 * </ul>
 * Every city has one plan that names at least one theme, so no profile is zero. Run as
 * {@code java -cp benchmarks.jar dev.scap.bench.AnchorDocuments SHAPE CITIES SEED FILE}.
 */
public final class AnchorDocuments {

  private static final int THEMES = 64;

  private AnchorDocuments() {}

  /**
   * Writes one document.
   *
   * @param args the shape ({@code projects} or {@code presence}), the number of cities, the
   *     seed and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: AnchorDocuments projects|presence CITIES SEED FILE");
      System.exit(2);
    }
    int cities = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    ScapDocument document = switch (args[0]) {
      case "projects" -> projects(cities, seed);
      case "presence" -> Profiles.document(cities, THEMES, 8, seed);
      default -> throw new IllegalArgumentException("unknown shape " + args[0]
          + "; the shapes are projects and presence");
    };
    ScapWriter.canonical().write(document, Path.of(args[3]));
  }

  /**
   * Makes a document of the {@code projects} shape.
   *
   * @param cities the number of cities
   * @param seed the seed
   * @return the document
   */
  static ScapDocument projects(int cities, long seed) {
    List<Theme> themeList = new ArrayList<>(THEMES);
    for (int t = 0; t < THEMES; t++) {
      themeList.add(Theme.of(theme(t).value(), "Theme " + t));
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<City> cityList = new ArrayList<>(cities);
    List<Plan> plans = new ArrayList<>(cities);
    for (int i = 0; i < cities; i++) {
      CityId city = CityId.of(String.format(Locale.ROOT, "c%06d", i));
      cityList.add(City.of(city, "City " + i, "KH"));
      int[] focus = distinct(random, THEMES, 3 + random.nextInt(30));
      List<FocusArea> areas = new ArrayList<>(focus.length);
      for (int t : focus) {
        areas.add(FocusArea.of(theme(t)));
      }
      int projectCount = 5 + random.nextInt(26);
      List<Project> projects = new ArrayList<>(projectCount);
      for (int p = 0; p < projectCount; p++) {
        int[] named = distinct(random, focus.length, Math.min(focus.length,
            1 + random.nextInt(3)));
        ThemeId[] themes = new ThemeId[named.length];
        for (int x = 0; x < named.length; x++) {
          themes[x] = theme(focus[named[x]]);
        }
        projects.add(Project.builder(ProjectId.of(city.value() + "-" + p), "Project " + p,
            themes).build());
      }
      plans.add(Plan.builder(PlanId.of("p" + i), city, "Plan " + i).focusAreas(areas)
          .projects(projects).build());
    }
    return ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("bench", "Benchmark themes", themeList))
        .cities(cityList).plans(plans).build();
  }

  private static ThemeId theme(int index) {
    return ThemeId.of(String.format(Locale.ROOT, "t%03d", index));
  }

  /** {@code count} distinct indexes below {@code bound}, in the order drawn. */
  private static int[] distinct(SplittableRandom random, int bound, int count) {
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(random.nextInt(bound));
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }
}
