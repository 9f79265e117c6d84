package dev.scap.analysis.grouping;

import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.List;

/**
 * A group of peer cities. Immutable and thread-safe.
 *
 * @param number the group's number, from 1, in document order of the groups' first members
 * @param label what the group is: its theme for the method {@code themes}, else empty
 * @param members the cities, in document order
 * @param sharedThemes the themes every member's profile weighs above 0, in the taxonomy's order
 * @param meanSimilarity the mean score of the pairs of members; for a single city its score
 *     with itself (1, or 0 for a zero profile)
 */
public record PeerGroup(int number, String label, List<CityId> members,
    List<ThemeId> sharedThemes, double meanSimilarity) {

  /**
   * Creates a group.
   *
   * @param number the number
   * @param label the label
   * @param members the members
   * @param sharedThemes the shared themes
   * @param meanSimilarity the mean inner similarity
   */
  public PeerGroup {
    members = List.copyOf(members);
    sharedThemes = List.copyOf(sharedThemes);
  }
}
