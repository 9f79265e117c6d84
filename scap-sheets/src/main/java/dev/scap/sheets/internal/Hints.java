package dev.scap.sheets.internal;

import dev.scap.model.validation.Problem;
import dev.scap.sheets.SheetProblem;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for a person filling a workbook, added to the format's messages, which speak of JSON:
 * places instead of pointers, and what to type instead of what was typed.
 */
final class Hints {

  /** A pointer that a message gives as where something else is ("the city at /cities/0"). */
  private static final Pattern AT_POINTER = Pattern.compile(" at (/[A-Za-z][^\\s,;:()]*)");

  /** The first quoted value of a message. */
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** What a spreadsheet puts around a number that the format reads bare. */
  private static final Pattern DECORATED_NUMBER =
      Pattern.compile("found the string \"[^\"]*[\\p{Sc},%\\s][^\"]*\"");

  private Hints() {}

  /**
   * Returns the problem with words for a person who fills a workbook.
   *
   * @param placed the problem at its place
   * @param within where a pointer's value is in the workbook, empty if it names no row
   * @param themeLabels the ids of the document's themes by their labels in lower case
   * @return the problem, its message added to where that helps
   */
  static SheetProblem of(SheetProblem placed, Function<String, Optional<String>> within,
      Map<String, String> themeLabels) {
    Problem problem = placed.problem();
    String message = places(problem.message(), within) + advice(problem, themeLabels);
    if (message.equals(problem.message())) {
      return placed;
    }
    return new SheetProblem(new Problem(problem.severity(), problem.rule(), problem.pointer(),
        message, 0, 0), placed.file(), placed.sheet(), placed.row(), placed.column(),
        placed.csv());
  }

  private static String places(String message, Function<String, Optional<String>> within) {
    Matcher matcher = AT_POINTER.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String place = within.apply(matcher.group(1)).orElse(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(" at " + place));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String advice(Problem problem, Map<String, String> themeLabels) {
    String message = problem.message();
    String pointer = problem.pointer();
    switch (problem.rule()) {
      case "wrong-type":
        if (DECORATED_NUMBER.matcher(message).find()) {
          return "; type the number alone, without a currency sign, thousands separators or %"
              + (pointer.endsWith("/cost/amount") ? ", and the currency in cost.currency" : "");
        }
        return "";
      case "invalid-date":
        return message.contains("YYYY-MM-DD") ? "; type it as 2019-11-21, or as a date cell" : "";
      case "invalid-identifier":
      case "unknown-reference":
        if (!pointer.matches(".*/(theme|themes/\\d+|broader)$")) {
          return "";
        }
        Matcher quoted = QUOTED.matcher(message);
        String id = quoted.find()
            ? themeLabels.get(quoted.group(1).trim().toLowerCase(Locale.ROOT)) : null;
        return id == null ? "" : "; the theme labelled \"" + quoted.group(1).trim()
            + "\" has the id " + id;
      default:
        return "";
    }
  }
}
