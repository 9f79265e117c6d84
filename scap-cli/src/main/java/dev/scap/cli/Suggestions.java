package dev.scap.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The names nearest to a misspelt one, for "did you mean …?": the candidates within an edit
 * distance of max(2, a third of the name's length), or that begin with the name as written,
 * nearest first (ties in the order given), at most three.
 */
final class Suggestions {

  /** The most names suggested. */
  static final int MOST = 3;

  private Suggestions() {}

  /**
   * The candidates nearest to {@code given}, nearest first.
   *
   * @param given what was written
   * @param candidates the names that exist, in the order to break ties by
   * @return at most {@link #MOST} names, empty if none is near
   */
  static List<String> nearest(String given, Collection<String> candidates) {
    String written = given.toLowerCase(Locale.ROOT);
    int most = Math.max(2, written.length() / 3);
    record Near(String name, int distance, int order) {}
    List<Near> near = new ArrayList<>();
    int order = 0;
    for (String candidate : new LinkedHashSet<>(candidates)) {
      String name = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(written, name);
      if (distance <= most || !written.isEmpty() && name.startsWith(written)) {
        near.add(new Near(candidate, distance, order));
      }
      order++;
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparingInt(Near::order));
    return near.stream().limit(MOST).map(Near::name).toList();
  }

  /**
   * The words to add to a message: {@code "; did you mean a?"}, {@code "; did you mean a or
   * b?"}, or nothing.
   *
   * @param given what was written
   * @param candidates the names that exist
   * @return the words, empty if no name is near
   */
  static String didYouMean(String given, Collection<String> candidates) {
    List<String> names = nearest(given, candidates);
    if (names.isEmpty()) {
      return "";
    }
    String last = names.get(names.size() - 1);
    return "; did you mean " + (names.size() == 1 ? last
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last) + "?";
  }

  /**
   * The optimal string alignment distance: insertions, deletions, substitutions and swaps of
   * two neighbouring characters, each counting one. O(|a|·|b|) time.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
