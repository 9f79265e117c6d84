package dev.scap.analysis.internal.peers;

import dev.scap.model.CityId;
import dev.scap.model.Project;
import dev.scap.model.ThemeId;
import java.util.List;

/**
 * The indexes behind the list that {@code ThemeOverlap.topPeers} returns, for an output that
 * writes every city's peers: what each {@code CityPeers} of the list is made from, without
 * making it. City {@code c} and theme {@code t} are indexes into {@link #cities()} and
 * {@link #themes()}; a city's slots are the places of its themes in {@link #themes(int)}.
 * Peer {@code x} of city {@code c} shares with it the themes both name in {@link #themes(int)},
 * in theme order: each with the city's {@link #projectPlaces} in its slot for the theme, and
 * the peer's in its own. Immutable and thread-safe; the arrays returned must not be changed.
 */
public interface PeerTable {

  /**
   * Returns the cities, in document order.
   *
   * @return the cities, by index
   */
  List<CityId> cities();

  /**
   * Returns the themes of the profiles, in taxonomy order.
   *
   * @return the themes, by index
   */
  List<ThemeId> themes();

  /**
   * Returns a city's peers, in the list's order.
   *
   * @param city a city's index
   * @return the peers' indexes, not to be changed
   */
  int[] peers(int city);

  /**
   * Returns the scores of a city's peers.
   *
   * @param city a city's index
   * @return the score of each of {@link #peers}, not to be changed
   */
  double[] scores(int city);

  /**
   * Returns the themes of a city's profile.
   *
   * @param city a city's index
   * @return the indexes of the themes the city weighs above 0, ascending, not to be changed
   */
  int[] themes(int city);

  /**
   * Returns the projects of a city behind each of its themes, as their places in its plan:
   * made on each call, for an output that renders each city's projects once.
   *
   * @param city a city's index
   * @return per slot of {@link #themes(int)}, the places in {@link #projects(int)} of the
   *     projects behind the theme, ascending (plan order)
   */
  int[][] projectPlaces(int city);

  /**
   * Returns the projects of a city's plan.
   *
   * @param city a city's index
   * @return the projects, in plan order; none for a city without a plan
   */
  List<Project> projects(int city);
}
