package dev.scap.model;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;

/**
 * This library itself: which version of scap is running, for a report's stamp or for an
 * application that logs what it runs. Not to be confused with the version of the SCAP format,
 * {@link ScapDocument#FORMAT_VERSION}, which documents carry.
 *
 * <p>The version is read once, from a resource that the build writes into this module, so it
 * is the same on the class path and on the module path, in a jar that merges scap with other
 * jars (whose manifests are merged too), and when scap runs from its compiled classes.
 * Thread-safe.
 */
public final class ScapLibrary {

  /** What {@link #version()} returns if the version cannot be known. */
  public static final String UNKNOWN_VERSION = "unknown";

  private static final String RESOURCE = "version.properties";

  private static final String VERSION = read();

  private ScapLibrary() {}

  /**
   * Returns the version of scap that is running, such as {@code "0.1.0"} or
   * {@code "0.2.0-SNAPSHOT"}: the version of its artifacts ({@code dev.scap:scap-model:0.1.0}),
   * which is also in their jars' manifests ({@code Implementation-Version}) and module
   * descriptors.
   *
   * <p>It comes from a resource written by the build. Should that resource be missing, or copied
   * without the version filled in (as a build other than Maven's might), the version of the
   * {@code dev.scap.model} module is returned, or else the {@code Implementation-Version} of its
   * jar's manifest; and if none of them is there, {@value #UNKNOWN_VERSION}.
   *
   * @return the version, never {@code null}
   */
  public static String version() {
    return VERSION;
  }

  private static String read() {
    return fromResource()
        .or(() -> Optional.ofNullable(ScapLibrary.class.getModule().getDescriptor())
            .flatMap(ModuleDescriptor::rawVersion))
        .or(() -> Optional.ofNullable(ScapLibrary.class.getPackage().getImplementationVersion()))
        .orElse(UNKNOWN_VERSION);
  }

  private static Optional<String> fromResource() {
    Properties properties = new Properties();
    try (InputStream in = ScapLibrary.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource is a missing one: failing here would fail the class for good.
      return Optional.empty();
    }
    String version = properties.getProperty("version", "").strip();
    return version.isEmpty() || version.contains("${") ? Optional.empty() : Optional.of(version);
  }
}
