package dev.scap.analysis.internal.peers;

import dev.scap.model.CityId;
import dev.scap.model.ProjectId;
import dev.scap.model.ThemeId;
import java.util.List;

/**
 * The indexes behind the list that {@code ThemeOverlap.topPeers} returns, for an output that
 * writes every city's peers: what each {@code CityPeers} of the list is made from, without
 * making it. City {@code c} and theme {@code t} are indexes into {@link #cities()} and
 * {@link #themes()}; a city's slots are the places of its themes in {@link #themes(int)}.
 * Peer {@code x} of city {@code c} shares with it the themes both name in {@link #themes(int)},
 * in theme order: each with the city's {@link #projects} in its slot for the theme, and the
 * peer's in its own. Immutable and thread-safe; the arrays returned must not be changed.
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
   * Returns the projects of a city behind one of its themes.
   *
   * @param city a city's index
   * @param slot the place of the theme in {@link #themes(int)}
   * @return the projects, in plan order
   */
  List<ProjectId> projects(int city, int slot);
}
