package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scap.io.ScapFormatException;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "7B00, UTF-16LE (its first bytes are 7B 00)",
      "007B, UTF-16BE (its first bytes are 00 7B)",
      "7B000A, UTF-16LE (its first bytes are 7B 00 0A)",
      "FFFE, UTF-16LE (byte-order mark FF FE)",
      "FEFF7B, UTF-16BE (byte-order mark FE FF)"})
  void tellsTheEncodingOfADocumentShorterThanFourBytes(String hex, String found) {
    byte[] bytes = hex(hex);

    ScapFormatException error = catchThrowableOfType(ScapFormatException.class,
        () -> Encodings.requireUtf8(bytes, bytes.length));

    assertThat(error).isNotNull();
    assertThat(error.problem().message())
        .isEqualTo("the document is " + found + "; SCAP documents are UTF-8");
  }

  @ParameterizedTest(name = "bytes [{0}]")
  @CsvSource({"''", "7B", "7B7D", "EFBBBF7B7D", "7B0A7D", "7B0A00", "C3A97B7D"})
  void acceptsWhatMayBeUtf8(String hex) {
    byte[] bytes = hex(hex);

    assertThatCode(() -> Encodings.requireUtf8(bytes, bytes.length)).doesNotThrowAnyException();
  }

  @Test
  void findsTheFirstBrokenSequenceFromWhereItLooks() {
    byte[] bytes = "ab#cd#".getBytes(StandardCharsets.US_ASCII);
    bytes[2] = (byte) 0xE2;
    bytes[5] = (byte) 0xFF;

    assertThat(Encodings.firstMalformed(bytes, 0, bytes.length)).isEqualTo(2);
    assertThat(Encodings.firstMalformed(bytes, 3, bytes.length)).isEqualTo(5);
    assertThat(Encodings.firstMalformed(bytes, 3, 5)).isEqualTo(-1);
  }

  @Test
  void placesABrokenSequenceInCharactersOnItsLine() {
    byte[] bytes = "{\r\n\"é𝄞#\"\n}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3;
    Problem problem = new Problem(Severity.ERROR, "syntax-error", "",
        "Invalid UTF-8", 2, 99);

    assertThat(Encodings.placeMalformed(problem, bytes, 0, bytes.length, 1))
        .extracting(Problem::line, Problem::column).containsExactly(2, 5);
  }

  private static byte[] hex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
