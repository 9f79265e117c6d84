package dev.scap.io;

import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets that scap ships, as documents of the format.
 *
 * <p>{@value #ASCN} is the ASEAN Smart Cities Network: the 26 pilot cities of 2018 with their
 * Smart City Action Plans and the 77 projects of the ASCN M&amp;E Report 2022, the cities that
 * joined later, and the organizations named as their partners. Its taxonomies are
 * {@code ascf-2018}, then {@code wego-ascn-2019}; its WeGO themes are an editorial reading, as its
 * metadata says.
 *
 * <p>Each dataset is read once, on first use, and the same document is returned after; it
 * validates without any problem, which the build checks. Thread-safe.
 */
public final class Datasets {

  /** The name of the ASEAN Smart Cities Network dataset. */
  public static final String ASCN = "ascn";

  private static final List<String> NAMES = List.of(ASCN);

  private static final Map<String, ScapDocument> DOCUMENTS = new ConcurrentHashMap<>();
  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  private Datasets() {}

  /**
   * Returns the ASEAN Smart Cities Network dataset.
   *
   * @return the document, the same instance on every call
   * @throws IllegalStateException if the shipped dataset is missing or not a valid document
   */
  public static ScapDocument ascn() {
    return load(ASCN);
  }

  /**
   * Returns the names of the shipped datasets.
   *
   * @return the names, {@value #ASCN} among them, in a fixed order
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Returns a shipped dataset by its name.
   *
   * @param name the dataset's name, such as {@value #ASCN}
   * @return the document, empty if no dataset has that name
   * @throws NullPointerException if {@code name} is {@code null}
   * @throws IllegalStateException if the shipped dataset is missing or not a valid document
   */
  public static Optional<ScapDocument> byName(String name) {
    Objects.requireNonNull(name, "name");
    return NAMES.contains(name) ? Optional.of(load(name)) : Optional.empty();
  }

  /**
   * Returns a shipped dataset's JSON text, exactly as shipped: canonical, UTF-8 decoded.
   *
   * @param name the dataset's name, such as {@value #ASCN}
   * @return the text, ending with a line feed; empty if no dataset has that name
   * @throws NullPointerException if {@code name} is {@code null}
   * @throws IllegalStateException if the shipped dataset is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static Optional<String> json(String name) {
    Objects.requireNonNull(name, "name");
    return NAMES.contains(name) ? Optional.of(text(name)) : Optional.empty();
  }

  private static ScapDocument load(String name) {
    // computeIfAbsent caches nothing when reading throws, so a failure is reported every time.
    return DOCUMENTS.computeIfAbsent(name, Datasets::read);
  }

  private static ScapDocument read(String name) {
    ReadResult result;
    try {
      result = ScapReader.create().read(text(name));
    } catch (ScapFormatException e) {
      throw new IllegalStateException("the shipped dataset " + name + " cannot be read: "
          + e.getMessage(), e);
    }
    if (!result.isValid()) {
      throw new IllegalStateException("the shipped dataset " + name + " is invalid: "
          + result.report().errors());
    }
    return result.document();
  }

  private static String text(String name) {
    return TEXTS.computeIfAbsent(name, Datasets::readText);
  }

  private static String readText(String name) {
    String resource = "datasets/" + name + ".json";
    try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the shipped dataset " + name + " is missing: no "
            + "resource dev/scap/io/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped dataset " + name, e);
    }
  }
}
