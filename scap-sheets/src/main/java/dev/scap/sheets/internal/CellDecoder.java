package dev.scap.sheets.internal;

import dev.scap.sheets.internal.Sheets.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns a cell into a JSON value by its column's kind, as docs/SHEETS.md "Cells" says. A value
 * of the wrong kind is kept as typed, for the format's own rule to report at its cell.
 */
public final class CellDecoder {

  /** A JSON text to copy as it is: an extension's value. */
  public record JsonText(String json) {}

  /** The JSON {@code null} of an extension cell. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** A cell that cannot be read, with the layout rule it breaks and why. */
  public record Refused(String rule, String message) {}

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  private static final Pattern NUMBER = Pattern.compile(
      "-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private CellDecoder() {}

  /**
   * Decodes a cell of a column of the layout.
   *
   * @param kind the column's kind
   * @param cell the cell, not empty and not a formula
   * @param date1904 whether the workbook counts dates from 1904
   * @return a {@link String}, {@link BigDecimal}, {@link BigInteger}, {@link Boolean},
   *     {@code List<String>}, or a {@link Refused}
   */
  public static Object decode(Kind kind, RawCell cell, boolean date1904) {
    if (cell.type() == RawCell.Type.BOOLEAN) {
      return cell.bool();
    }
    boolean number = cell.type() == RawCell.Type.NUMBER;
    String text = cell.text();
    return switch (kind) {
      case TEXT, ID -> number ? text : unquoted(text);
      case INTEGER -> number ? integer(cell.number())
          : INTEGER.matcher(text).matches() ? new BigInteger(text) : unquoted(text);
      case DECIMAL -> number ? cell.number()
          : NUMBER.matcher(text).matches() ? new BigDecimal(text) : unquoted(text);
      case DATE -> number ? date(cell, date1904) : unquoted(text);
      case ID_LIST -> idList(text);
      case TEXT_LIST -> textList(text);
    };
  }

  /**
   * Decodes an extension's cell: JSON text as that value, any other cell as text.
   *
   * @param cell the cell, not empty and not a formula
   * @return a value as {@link #decode} returns, {@link #NULL} or a {@link JsonText}
   */
  public static Object extension(RawCell cell) {
    return switch (cell.type()) {
      case BOOLEAN -> cell.bool();
      case NUMBER -> cell.number();
      default -> json(cell.text());
    };
  }

  private static Object json(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return text;
    }
    char first = trimmed.charAt(0);
    if (trimmed.equals("true") || trimmed.equals("false") || trimmed.equals("null")
        || first == '"' || first == '{' || first == '[' || first == '-'
        || Character.isDigit(first)) {
      if (isJson(trimmed)) {
        return switch (trimmed) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> NULL;
          default -> first == '"' ? unquoted(trimmed)
              : first == '{' || first == '[' ? new JsonText(trimmed) : new BigDecimal(trimmed);
        };
      }
    }
    return text;
  }

  private static boolean isJson(String text) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  /**
   * Reads a text cell: a JSON string as the text it encodes, any other text as it is.
   *
   * @param text the cell's text
   * @return the text
   */
  public static String unquoted(String text) {
    if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
      try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
        if (parser.nextToken() == JsonToken.VALUE_STRING) {
          String value = parser.getString();
          if (parser.nextToken() == null) {
            return value;
          }
        }
      } catch (JacksonException e) {
        return text;
      }
    }
    return text;
  }

  private static Object integer(BigDecimal number) {
    try {
      return number.toBigIntegerExact();
    } catch (ArithmeticException e) {
      return number;
    }
  }

  private static Object date(RawCell cell, boolean date1904) {
    if (!cell.dateFormatted()) {
      return new Refused("invalid-date", "the date column holds the number " + cell.text()
          + ", not formatted as a date: format the cell as a date or type 2019-11-21");
    }
    BigDecimal serial = cell.number();
    long days = serial.longValue();
    if (serial.signum() < 0 || days > 2_958_465) {
      return new Refused("invalid-date", "the date cell holds " + cell.text()
          + ", which is no day between 1900 and 9999");
    }
    LocalDate date;
    if (date1904) {
      date = EPOCH_1904.plusDays(days);
    } else if (days < 61) {
      // Excel counts a 29 February 1900 that never was: before it, days run one behind.
      date = EPOCH_1900.plusDays(days + 1);
    } else {
      date = EPOCH_1900.plusDays(days);
    }
    return date.toString();
  }

  private static Object idList(String text) {
    List<String> items = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String stripped = item.strip();
      if (!stripped.isEmpty()) {
        items.add(stripped);
      }
    }
    return items;
  }

  private static Object textList(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
      List<String> items = stringArray(trimmed);
      if (items != null) {
        return items;
      }
    }
    return new ArrayList<>(Arrays.asList(text.split("\r\n|\n|\r", -1)));
  }

  private static List<String> stringArray(String text) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> items = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        items.add(parser.getString());
      }
      return token == JsonToken.END_ARRAY && parser.nextToken() == null ? items : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /**
   * Tells whether a number format shows a date: a built-in date format, or a format whose
   * codes (outside quotes and brackets) hold a day, month or year.
   *
   * @param id the format's id, or {@code null}
   * @param format the format's code, or {@code null}
   * @return whether it is a date format
   */
  public static boolean isDateFormat(Integer id, String format) {
    if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
        || id >= 50 && id <= 58)) {
      return true;
    }
    if (format == null || format.equalsIgnoreCase("General")) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket = true;
      } else if (c == ']') {
        bracket = false;
      } else if (!bracket && "dDyY".indexOf(c) >= 0) {
        return true;
      } else if (c == ';') {
        return false;
      }
    }
    return false;
  }
}
