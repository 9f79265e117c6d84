package dev.scap.analysis.grouping;

import java.util.List;
import java.util.Objects;

/**
 * Peer groups of cities. For {@code components} and {@code hierarchical} the groups partition
 * the cities; for {@code themes} a city is in the group of each theme its plan names.
 * Immutable and thread-safe.
 *
 * @param method how the groups were made
 * @param groups the groups, numbered from 1
 */
public record PeerGroups(GroupingMethod method, List<PeerGroup> groups) {

  /**
   * Creates the groups.
   *
   * @param method the method
   * @param groups the groups
   */
  public PeerGroups {
    Objects.requireNonNull(method, "method");
    groups = List.copyOf(groups);
  }
}
