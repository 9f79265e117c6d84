package dev.scap.report.internal;

import dev.scap.report.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.csv.CSVFormat;

/** Text shared by the renderers: escapes and numbers. */
public final class Text {

  private Text() {}

  /**
   * Escapes text for HTML and XML alike, in content and in quoted attributes: the five
   * markup characters become references, and characters that XML forbids (controls other than
   * tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) become U+FFFD, so
   * that the page stays well-formed whatever the document holds.
   *
   * @param text the text, or {@code null} for none
   * @return the escaped text, empty for {@code null}
   */
  public static String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
              || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Escapes text for a Markdown table cell or paragraph: the characters that would start
   * markup are backslash-escaped, line breaks become spaces.
   *
   * @param text the text, or {@code null} for none
   * @return the escaped text, empty for {@code null}
   */
  public static String markdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '`', '*', '_', '[', ']', '<', '>', '#' -> out.append('\\').append(c);
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * CSV as docs/CLI.md's contracts want it: RFC 4180, header first, {@code \n} line ends.
   *
   * @param header the names of the columns
   * @return the format
   */
  public static CSVFormat csv(String... header) {
    return CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get();
  }

  /**
   * A value of an extension for people: a map as {@code key: value} pairs joined by
   * {@code "; "}, a list joined by {@code ", "}, anything else as its text.
   *
   * @param value the value
   * @return its text
   */
  public static String plain(Object value) {
    if (value instanceof java.util.Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + ": " + plain(e.getValue()))
          .collect(java.util.stream.Collectors.joining("; "));
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(Text::plain)
          .collect(java.util.stream.Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  /**
   * A score as docs/CLI.md wants it: parsing it gives back the same double.
   *
   * @param value the score
   * @return its shortest exact text
   */
  public static String exact(double value) {
    return Double.toString(value);
  }

  /**
   * Says that a top-k was cut inside a tie, for people: {@code "and 3 more at 0.667"}, or
   * {@code "and 10 or more at 0.667"} when the count is {@link Report#TIES_COUNTED}; empty for
   * no tie.
   *
   * @param ties how many peers tie with the last one shown and are left out
   * @param score their score
   * @return the words, or an empty string
   */
  public static String tiesLeftOut(int ties, double score) {
    if (ties == 0) {
      return "";
    }
    return "and " + ties + (ties >= Report.TIES_COUNTED ? " or more" : " more") + " at "
        + brief(score);
  }

  /**
   * A count and its noun, the noun singular for 1 ("1 table", "2 tables").
   *
   * @param count the count
   * @param one the noun for 1
   * @param many the noun for any other count
   * @return the count and its noun
   */
  public static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /**
   * A number for people: at most three decimals, no trailing zeros ("0.667", "1").
   *
   * @param value the number
   * @return the rounded text
   */
  public static String brief(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }
}
