package dev.scap.analysis.overlap;

import dev.scap.model.ProjectId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * A theme that two cities share, and the projects of each city's plan behind it (with rollup,
 * the projects on the theme or on a theme narrower than it). Immutable and thread-safe.
 *
 * @param theme the theme
 * @param cityProjects the projects of the first city on it, in plan order
 * @param peerProjects the projects of the peer on it, in plan order
 */
public record SharedTheme(ThemeId theme, List<ProjectId> cityProjects,
    List<ProjectId> peerProjects) {

  /**
   * Creates a shared theme.
   *
   * @param theme the theme
   * @param cityProjects the first city's projects
   * @param peerProjects the peer's projects
   * @throws NullPointerException if an argument is {@code null}
   */
  public SharedTheme {
    Objects.requireNonNull(theme, "theme");
    cityProjects = List.copyOf(cityProjects);
    peerProjects = List.copyOf(peerProjects);
  }
}
