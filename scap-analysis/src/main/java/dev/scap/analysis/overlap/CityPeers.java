package dev.scap.analysis.overlap;

import dev.scap.model.CityId;
import java.util.List;
import java.util.Objects;

/**
 * A city and its top peers, best first. Immutable and thread-safe.
 *
 * @param city the city
 * @param peers its peers by descending score, then by the peer's id in string order; empty if
 *     none scores above 0
 */
public record CityPeers(CityId city, List<Peer> peers) {

  /**
   * Creates the entry.
   *
   * @param city the city
   * @param peers its peers
   * @throws NullPointerException if an argument is {@code null}
   */
  public CityPeers {
    Objects.requireNonNull(city, "city");
    peers = List.copyOf(peers);
  }
}
