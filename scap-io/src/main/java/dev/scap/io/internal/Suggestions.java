package dev.scap.io.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name that was probably meant, for messages about unknown names. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the candidate closest to a name, if one is close enough to have been meant: equal
   * but for case, or within an edit distance of a third of its length (at least 1, at most 3).
   *
   * @param name the unknown name
   * @param candidates the known names, in order of preference on ties
   * @return the closest candidate, empty if none is close
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    int budget = Math.max(1, Math.min(3, name.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String other = candidate.toLowerCase(Locale.ROOT);
      int distance = lower.equals(other) ? 0 : distance(lower, other, budget);
      if (distance <= budget && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Edit distance with adjacent transpositions (optimal string alignment), so that
   * {@code titel} is one edit from {@code title}; {@code budget + 1} once it is known to be
   * larger.
   */
  private static int distance(String a, String b, int budget) {
    if (Math.abs(a.length() - b.length()) > budget) {
      return budget + 1;
    }
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
