package dev.scap.model.internal;

import dev.scap.model.Identifier;
import dev.scap.model.ScapDocument;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The text forms of the format: identifiers, country and currency codes, versions. */
public final class Syntax {

  private static final Pattern IDENTIFIER = Pattern.compile(Identifier.SYNTAX);
  private static final Pattern VERSION = Pattern.compile("^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$");
  /** The format version this library reads, as {@code {major, minor}}. */
  private static final int[] READ = parseVersion(ScapDocument.FORMAT_VERSION);
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Syntax() {}

  /**
   * Tells whether a text is an identifier.
   *
   * @param text the text, may be {@code null}
   * @return whether it matches {@link Identifier#SYNTAX}
   */
  public static boolean isIdentifier(String text) {
    // The same as IDENTIFIER, without a regular expression: this runs for every id and
    // reference of a document.
    if (text == null || text.isEmpty() || text.length() > 64 || text.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a text matches {@link Identifier#SYNTAX} by the regular expression itself,
   * against which {@link #isIdentifier} is tested.
   *
   * @param text the text
   * @return whether it matches
   */
  public static boolean matchesIdentifierPattern(String text) {
    return text != null && IDENTIFIER.matcher(text).matches();
  }

  /**
   * Tells whether a text is an ISO 3166-1 alpha-2 country code, in upper case.
   *
   * @param text the text
   * @return whether the JDK knows it as an ISO 3166-1 alpha-2 code
   */
  public static boolean isCountry(String text) {
    return COUNTRIES.contains(text);
  }

  /**
   * Tells whether a text is an ISO 4217 currency code, in upper case.
   *
   * @param text the text
   * @return whether the JDK knows it as an ISO 4217 code
   */
  public static boolean isCurrency(String text) {
    if (text.length() != 3 || !text.equals(text.toUpperCase(Locale.ROOT))) {
      return false;
    }
    try {
      Currency.getInstance(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Parses a {@code MAJOR.MINOR} version.
   *
   * @param text the text
   * @return {@code {major, minor}}, or {@code null} if the text is not of that form
   */
  public static int[] parseVersion(String text) {
    if (text == null || !VERSION.matcher(text).matches()) {
      return null;
    }
    int dot = text.indexOf('.');
    return new int[] {Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1))};
  }

  /**
   * Tells whether a format version is one this library reads: of its major version and no newer
   * minor one. A text that is not a version at all counts as readable, as that is another rule's
   * to report.
   *
   * @param text the version, such as {@code "1.0"}; may be {@code null}
   * @return {@code false} only for a version this library cannot read
   */
  public static boolean isReadableVersion(String text) {
    int[] version = parseVersion(text);
    return version == null || version[0] == READ[0] && version[1] <= READ[1];
  }
}
