package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.ScapFormatException;
import dev.scap.io.ScapReader;
import dev.scap.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  private static final String DOCUMENT = "{\"scapVersion\": \"1.0\", \"taxonomies\": [{\"id\": "
      + "\"t\", \"name\": \"%s\", \"themes\": [{\"id\": \"x\", \"label\": \"X\"}]}],\r\n"
      + "  \"cities\": [{\"id\": \"c\", \"name\": \"%s\", \"country\": \"XX\"}]}";

  private static List<Problem> fromBytes(String json) throws IOException {
    return ScapReader.create().read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8))).report().problems();
  }

  @Test
  void placesProblemsAfterNonAsciiTextAtTheSameColumnWhetherReadFromBytesOrText()
      throws IOException {
    String json = String.format(DOCUMENT, "Hà Nội ✓ \uD83D\uDE00", "Thành phố Hồ Chí Minh");

    List<Problem> text = ScapReader.create().read(json).report().problems();

    assertThat(text).hasSize(1);
    assertThat(text.get(0).line()).isEqualTo(2);
    assertThat(fromBytes(json)).isEqualTo(text);
    int column = text.get(0).column();
    String line = json.substring(json.indexOf("\r\n") + 2);
    assertThat(line.substring(column - 1)).startsWith("\"XX\"");
  }

  @Test
  void placesSyntaxErrorsAlikeFromBytesAndText() {
    String json = "{\"name\": \"Hà Nội\" x}";
    ScapFormatException text = readFailing(json, false);
    ScapFormatException bytes = readFailing(json, true);

    assertThat(bytes.problem()).isEqualTo(text.problem());
    assertThat(json.substring(text.column() - 1)).startsWith("x}");
  }

  @Property(tries = 200)
  void agreesWithTextOnAnyName(@ForAll @StringLength(max = 30) String name)
      throws IOException {
    String escaped = name.replace("\\", "\\\\").replace("\"", "\\\"");
    if (escaped.chars().anyMatch(c -> c < 0x20) || !isWellFormed(escaped)) {
      return;  // control characters are not allowed in JSON strings unescaped
    }
    String json = String.format(DOCUMENT, escaped, escaped);
    assertThat(fromBytes(json)).isEqualTo(ScapReader.create().read(json).report().problems());
  }

  private static boolean isWellFormed(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }

  private static ScapFormatException readFailing(String json, boolean asBytes) {
    try {
      if (asBytes) {
        ScapReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      } else {
        ScapReader.create().read(json);
      }
    } catch (ScapFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no ScapFormatException for " + json);
  }
}
