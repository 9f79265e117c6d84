package dev.scap.analysis.partner;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.ThemeId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profile theme that each theme counts as, worked out once per theme: itself if the profile
 * has it, else under roll-up the top of its {@code broader} chain if the profile has that, else
 * none. Thread-safe, so that the tables of a plan can be assessed on every core: one per
 * ranking.
 */
final class ThemeMapping {
  private final ThemeOverlap overlap;
  private final Set<ThemeId> profileThemes;
  private final Map<ThemeId, Optional<ThemeId>> known = new ConcurrentHashMap<>();

  ThemeMapping(ThemeOverlap overlap) {
    this.overlap = overlap;
    this.profileThemes = new HashSet<>(overlap.themes());
  }

  /** The profile theme that a theme counts as, or {@code null} if it counts as none. */
  ThemeId of(ThemeId theme) {
    return known.computeIfAbsent(theme, this::map).orElse(null);
  }

  private Optional<ThemeId> map(ThemeId theme) {
    if (profileThemes.contains(theme)) {
      return Optional.of(theme);
    }
    if (overlap.options().rollup()) {
      ThemeId top = overlap.document().topLevelTheme(theme);
      return profileThemes.contains(top) ? Optional.of(top) : Optional.empty();
    }
    return Optional.empty();
  }
}
