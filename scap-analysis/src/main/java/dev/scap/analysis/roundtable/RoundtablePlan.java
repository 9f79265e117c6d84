package dev.scap.analysis.roundtable;

import dev.scap.analysis.internal.ExactSum;
import dev.scap.model.CityId;
import dev.scap.model.ThemeId;
import java.util.List;

/**
 * A seating of cities at themed roundtables. Immutable and thread-safe.
 *
 * @param tables the tables, in theme order
 * @param totalWeight the sum of the profile weights of the seated (city, theme) pairs: the
 *     largest possible for these table counts, as the double nearest the exact sum
 * @param adjustments the changes made to what was asked, in the order made
 * @param shortfalls the cities seated at fewer tables than allowed, in document order
 */
public record RoundtablePlan(List<Table> tables, double totalWeight,
    List<Adjustment> adjustments, List<Shortfall> shortfalls) {

  /**
   * Creates a plan.
   *
   * @param tables the tables
   * @param totalWeight the total weight
   * @param adjustments the adjustments
   * @param shortfalls the shortfalls
   */
  public RoundtablePlan {
    tables = List.copyOf(tables);
    adjustments = List.copyOf(adjustments);
    shortfalls = List.copyOf(shortfalls);
  }

  /**
   * Returns the objective of the split: the total similarity of the pairs seated at the same
   * table, as the tables' similarities added exactly and rounded once.
   *
   * @return the sum of the tables' similarities
   */
  public double similarity() {
    ExactSum total = new ExactSum();
    for (Table table : tables) {
      total.add(table.similarity());
    }
    return total.toDouble();
  }

  /**
   * Returns the themes hosted.
   *
   * @return the themes with at least one table, in order
   */
  public List<ThemeId> hostedThemes() {
    return tables.stream().map(Table::theme).distinct().toList();
  }

  /**
   * Returns the tables a city sits at.
   *
   * @param city the city
   * @return its tables, in order
   */
  public List<Table> tablesOf(CityId city) {
    return tables.stream().filter(t -> t.guests().contains(city)).toList();
  }
}
