package dev.scap.cli;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.io.ReadResult;
import dev.scap.io.ScapReader;
import dev.scap.report.OutputFormat;
import dev.scap.report.OverlapOutput;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the command line does on a daemon thread of its own while the main thread builds the
 * command line and parses the arguments, which takes about a tenth of a second: it adds the
 * {@link CompilerDirectives}, sets the level of Hibernate Validator's logger (which starts the
 * JDK's logging, so that the command does not wait for it), then warms up: it reads a
 * document of two cities, finds their theme overlap and writes it as JSON to nowhere. That
 * loads and initializes, on the other core, the classes that reading a document, the analyses
 * and their output need (Jackson's parser and generator, the model and its validation, the
 * overlap and its kernels) before the main thread comes to them. Only a command that reads a
 * document warms up ({@code --version} or {@code schema}, say, would gain nothing from it).
 * Nothing of it is kept, and whatever fails, nothing is printed. The system property
 * {@code scap.warm-up=false} leaves the warming up out.
 */
final class BackgroundStart {

  /** A valid document of two cities sharing a theme, one project each. */
  static final String DOCUMENT = """
      {"scapVersion": "1.1",
       "taxonomies": [{"id": "t", "name": "T",
                       "themes": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]}],
       "cities": [{"id": "c", "name": "C", "country": "KH"},
                  {"id": "d", "name": "D", "country": "VN"}],
       "plans": [{"id": "p", "city": "c", "title": "P", "focusAreas": [{"theme": "a"}],
                  "projects": [{"id": "c-1", "title": "X", "themes": ["a"]}]},
                 {"id": "q", "city": "d", "title": "Q",
                  "focusAreas": [{"theme": "a"}, {"theme": "b", "priority": 2}],
                  "projects": [{"id": "d-1", "title": "Y", "themes": ["a", "b"]}]}]}
      """;

  static final String PROPERTY = "scap.warm-up";

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private BackgroundStart() {}

  /** The commands that read a document, for which the warm-up is done. */
  private static final Set<String> READING = Set.of("validate", "format", "export", "overlap",
      "groups", "roundtables", "partners", "report");

  /**
   * Starts the thread, once in a JVM.
   *
   * @param args the command line's arguments: the warm-up is left out unless they name a
   *     command that reads a document, such as {@code overlap}
   */
  static void begin(String... args) {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    boolean warm = warmsUp(args);
    Thread thread = new Thread(() -> {
      CompilerDirectives.addUnlessTurnedOff();
      if (warm) {
        ScapCommand.quietValidator();
        warmUp();
      }
    }, "scap-start");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Whether a run with these arguments warms up: not if the property says not to, and only
   * for a command that reads a document (told before the arguments are parsed, by any of them
   * naming one), whose work the warm-up loads ahead.
   */
  static boolean warmsUp(String... args) {
    return Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
        && Arrays.stream(args).anyMatch(READING::contains);
  }

  /**
   * Reads {@link #DOCUMENT}, finds each city's peer and writes them as JSON to nowhere.
   *
   * @return whether the document read without a problem and each city found the other
   */
  static boolean warmUp() {
    try {
      ReadResult read = ScapReader.create()
          .read(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
      ThemeOverlap overlap = ThemeOverlap.of(read.document(), OverlapOptions.DEFAULTS);
      List<CityPeers> peers = overlap.topPeers(1, BigDecimal.ZERO);
      OverlapOutput.peers(OutputFormat.JSON, overlap, peers, 1, BigDecimal.ZERO,
          Names.of(read.document()), OutputStream.nullOutputStream());
      return read.isValid() && peers.stream().allMatch(city -> city.peers().size() == 1);
    } catch (Throwable e) {
      // A head start, and no more: the command does all of it again as it needs it.
      return false;
    }
  }
}
