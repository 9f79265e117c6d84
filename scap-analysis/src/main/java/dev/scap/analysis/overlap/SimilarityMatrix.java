package dev.scap.analysis.overlap;

import dev.scap.model.CityId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The score of every pair of cities, in document order: symmetric, with 1 on the diagonal for
 * a city whose profile is not zero. Holds n² doubles. Immutable and thread-safe.
 */
public final class SimilarityMatrix {

  private final List<CityId> cities;
  private final double[][] scores;
  private final Map<CityId, Integer> indexes = new HashMap<>();

  SimilarityMatrix(List<CityId> cities, double[][] scores) {
    this.cities = List.copyOf(cities);
    this.scores = scores;
    for (int i = 0; i < this.cities.size(); i++) {
      indexes.putIfAbsent(this.cities.get(i), i);
    }
  }

  /**
   * Returns the cities, in document order: the rows and columns.
   *
   * @return the cities
   */
  public List<CityId> cities() {
    return cities;
  }

  /**
   * Returns the number of cities.
   *
   * @return n
   */
  public int size() {
    return cities.size();
  }

  /**
   * Returns the score of the cities at two indexes.
   *
   * @param row the first city's index
   * @param column the second city's index
   * @return the score, in [0, 1]
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double score(int row, int column) {
    return scores[row][column];
  }

  /**
   * Returns the score of two cities.
   *
   * @param a a city
   * @param b another city, or the same
   * @return the score, in [0, 1]
   * @throws NoSuchElementException if a city is not in the matrix
   */
  public double score(CityId a, CityId b) {
    return scores[index(a)][index(b)];
  }

  /**
   * Returns one row.
   *
   * @param row the city's index
   * @return a copy of its scores with every city, in document order
   */
  public double[] row(int row) {
    return scores[row].clone();
  }

  private int index(CityId city) {
    Integer index = indexes.get(city);
    if (index == null) {
      throw new NoSuchElementException("no city " + city + " in the matrix");
    }
    return index;
  }
}
