package dev.scap.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
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
 * starts. Where the command is missing (a JVM other than HotSpot) or fails, nothing changes.
 * The system property {@code scap.compiler-directives=false} turns it off.
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
   * Adds the directives to this JVM's compilers.
   *
   * @return whether the JVM took them
   */
  static boolean add() {
    Path file = null;
    try {
      file = Files.createTempFile("scap-compiler-directives-", ".json");
      Files.writeString(file, DIRECTIVES);
      Object said = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
          new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
      return String.valueOf(said).contains("added");
    } catch (IOException | JMException | RuntimeException | LinkageError e) {
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a file in the temporary folder, left for the system to clear
        }
      }
    }
  }
}
