package dev.scap.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Tunes HotSpot's just-in-time compilers for a run of the command line, which lasts seconds:
 * only the analyses' own code, whose loops are most of a long run, is left to the optimizing
 * compiler (C2); the rest (reading and writing JSON, the command line, the JDK's own code)
 * stays with the quick one (C1). On a machine of two cores, C2 otherwise spends about one core
 * for most of a run of three seconds compiling code whose work is over before its compiled form
 * is ready, and the analyses' loops wait in its queue behind it.
 *
 * <p>Done with the JDK's diagnostic command {@code Compiler.directives_add}, as
 * {@code jcmd PID Compiler.directives_add FILE} does, on a daemon thread while the command line
 * starts; only where the JVM compiles in tiers with both compilers, as it does by default, and
 * was given no directives of its own. Where the command is missing (a JVM other than HotSpot)
 * or anything fails, nothing changes and nothing is printed. The system property
 * {@code scap.compiler-directives=false} turns it off.
 */
final class CompilerDirectives {

  /** The directives, in HotSpot's format: the first whose pattern matches a method applies. */
  static final String DIRECTIVES = """
      [
        { match: "dev/scap/analysis/internal/*.*", c2: { Exclude: false } },
        { match: "*.*", c2: { Exclude: true } }
      ]
      """;

  static final String PROPERTY = "scap.compiler-directives";

  private static final Pattern ADDED = Pattern.compile("(\\d+) compiler directives? added");

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private CompilerDirectives() {}

  /** Adds the directives on a daemon thread, once in a JVM, unless the property says not to. */
  static void addInBackground() {
    if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
        || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(CompilerDirectives::add, "scap-compiler-directives");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Whether the directives suit a JVM of these options: one that compiles in tiers, C1 then
   * C2 (without C1, what the directives keep from C2 would stay interpreted), with no
   * directives given to it (the directives added here would come first and hide them).
   *
   * @param option the value of a HotSpot option by its name, empty where the JVM has none
   */
  static boolean suit(Function<String, Optional<String>> option) {
    return option.apply("TieredCompilation").orElse("true").equals("true")
        && option.apply("TieredStopAtLevel").orElse("4").equals("4")
        && option.apply("CompilationMode").orElse("default").equals("default")
        && option.apply("CompilerDirectivesFile").orElse("").isEmpty();
  }

  /**
   * Adds the directives to this JVM's compilers, where they suit it.
   *
   * @return how many directives the JVM took: 0 where it took none
   */
  static int add() {
    try {
      if (!suitsThisJvm()) {
        return 0;
      }
      Path file = Files.createTempFile("scap-compiler-directives-", ".json");
      file.toFile().deleteOnExit();   // should the command end first
      try {
        Files.writeString(file, DIRECTIVES);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Object said = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
            "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
            new String[] {String[].class.getName()});
        Matcher added = ADDED.matcher(String.valueOf(said));
        return added.find() ? Integer.parseInt(added.group(1)) : 0;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (Throwable e) {
      // A step to speed the run up, and no more: whatever fails, the JVM keeps its own choices.
      return 0;
    }
  }

  /** Whether the directives {@link #suit} this JVM, which must be HotSpot. */
  static boolean suitsThisJvm() {
    HotSpotDiagnosticMXBean hotSpot =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    return hotSpot != null && suit(name -> option(hotSpot, name));
  }

  private static Optional<String> option(HotSpotDiagnosticMXBean hotSpot, String name) {
    try {
      return Optional.of(hotSpot.getVMOption(name).getValue());
    } catch (IllegalArgumentException e) {
      // an option this JVM does not have, or a diagnostic one it was not asked to show, which
      // is then at its default
      return Optional.empty();
    }
  }
}
