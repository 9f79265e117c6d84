package dev.scap.report;

import dev.scap.io.ScapWriter;
import dev.scap.model.ScapDocument;
import dev.scap.model.ScapLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes a report reproducible, beside its options: the version of scap that made it, the
 * input it was made from and the date it bears. The date is given by the caller, never read
 * from the clock, so that the same input and options give the same bytes. Immutable and
 * thread-safe.
 *
 * <p>The factories {@link #of(byte[], String, LocalDate)} and
 * {@link #of(ScapDocument, String, LocalDate)} fill in this scap's version,
 * {@link ScapLibrary#version()}, and compute the SHA-256.
 *
 * @param version scap's version, such as {@code "0.1.0"}
 * @param inputName the input's name for people, such as a file name
 * @param inputSha256 the SHA-256 of the input's bytes, 64 lower-case hexadecimal digits
 * @param date the date the report bears
 */
public record ReportStamp(String version, String inputName, String inputSha256,
    LocalDate date) {

  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates a stamp.
   *
   * @param version the version
   * @param inputName the input's name
   * @param inputSha256 the input's SHA-256, in hexadecimal; upper case is made lower case
   * @param date the date
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code inputSha256} is not 64 hexadecimal digits
   */
  public ReportStamp {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(inputName, "inputName");
    Objects.requireNonNull(date, "date");
    inputSha256 = Objects.requireNonNull(inputSha256, "inputSha256").toLowerCase(Locale.ROOT);
    if (!SHA_256.matcher(inputSha256).matches()) {
      throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits, not \""
          + inputSha256 + "\"");
    }
  }

  /**
   * Returns the stamp of a report made from bytes, such as those of a file: this scap's
   * version, and the SHA-256 of exactly these bytes.
   *
   * @param input the bytes the document was read from
   * @param inputName the input's name for people, such as the file's name
   * @param date the date the report bears
   * @return the stamp
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ReportStamp of(byte[] input, String inputName, LocalDate date) {
    Objects.requireNonNull(input, "input");
    MessageDigest sha256 = sha256();
    sha256.update(input);
    return new ReportStamp(ScapLibrary.version(), inputName,
        HexFormat.of().formatHex(sha256.digest()), date);
  }

  /**
   * Returns the stamp of a report made from a document held in memory, without writing it
   * anywhere first: this scap's version, and the SHA-256 of the document's canonical form, the
   * UTF-8 bytes of its JSON as {@link ScapWriter#canonical()} writes them. It is the stamp of
   * those bytes by {@link #of(byte[], String, LocalDate)}, so a document written with
   * {@code ScapWriter} and reported on from its file gets the same SHA-256; a file in another
   * form (other indentation or property order, say) has another, although it reads as an equal
   * document.
   *
   * @param document the document
   * @param inputName the document's name for people, such as the name of the dataset it holds
   * @param date the date the report bears
   * @return the stamp
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ReportStamp of(ScapDocument document, String inputName, LocalDate date) {
    Objects.requireNonNull(document, "document");
    MessageDigest sha256 = sha256();
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
      ScapWriter.canonical().write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a stream that only hashes failed", e);
    }
    return new ReportStamp(ScapLibrary.version(), inputName,
        HexFormat.of().formatHex(sha256.digest()), date);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
