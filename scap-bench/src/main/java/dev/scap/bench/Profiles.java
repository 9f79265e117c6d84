package dev.scap.bench;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.ScapDocument;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Documents shaped for the pair benchmarks: n cities of one taxonomy of T themes, each city's
 * plan focusing on about {@code perCity} themes drawn at random (between half and one and a
 * half times that many).
 */
final class Profiles {

  private Profiles() {}

  static ScapDocument document(int cities, int themes, int perCity, long seed) {
    List<Theme> themeList = new ArrayList<>(themes);
    for (int t = 0; t < themes; t++) {
      themeList.add(Theme.of(String.format("t%03d", t), "Theme " + t));
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<City> cityList = new ArrayList<>(cities);
    List<Plan> plans = new ArrayList<>(cities);
    for (int i = 0; i < cities; i++) {
      CityId city = CityId.of(String.format("c%06d", i));
      cityList.add(City.of(city, "City " + i, "KH"));
      int count = Math.min(themes, perCity / 2 + random.nextInt(perCity + 1));
      Set<Integer> chosen = new LinkedHashSet<>();
      while (chosen.size() < Math.max(1, count)) {
        chosen.add(random.nextInt(themes));
      }
      List<FocusArea> areas = new ArrayList<>();
      for (int t : chosen) {
        areas.add(FocusArea.of(ThemeId.of(String.format("t%03d", t))));
      }
      plans.add(Plan.builder(PlanId.of("p" + i), city, "Plan " + i).focusAreas(areas).build());
    }
    return ScapDocument.builder()
        .addTaxonomies(Taxonomy.of("bench", "Benchmark themes", themeList))
        .cities(cityList).plans(plans).build();
  }

  static long peakHeapBytes() {
    long peak = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static void resetPeaks() {
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }
}
