package dev.scap.analysis.overlap;

import dev.scap.model.CityId;
import java.util.List;
import java.util.Objects;

/**
 * A city that shares themes with another, its score, and the shared themes with the projects
 * behind them. Immutable and thread-safe.
 *
 * @param city the peer
 * @param score the similarity, in (0, 1]
 * @param shared the themes both profiles weigh above 0, in the taxonomy's order
 */
public record Peer(CityId city, double score, List<SharedTheme> shared) {

  /**
   * Creates a peer.
   *
   * @param city the peer
   * @param score the score
   * @param shared the shared themes
   * @throws NullPointerException if {@code city} or {@code shared} is {@code null}
   */
  public Peer {
    Objects.requireNonNull(city, "city");
    shared = List.copyOf(shared);
  }
}
