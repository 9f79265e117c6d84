package dev.scap.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
 * is ready, and the analyses' loops wait in its queue behind it. Within the analyses, the
 * top-k's dense cosine rows and the lambda that runs each row inline nothing into their C2
 * code, and the classes of lambdas (the analyses' own too) are left to C1: the loops the rows
 * call are small methods that C2 compiles early on their own calls, and compiling them again
 * inside each caller (a lambda's class included) spent about 150 ms of a core per run. (The
 * rows of minima keep their inlining: without it their offers cost more than that.)
 *
 * <p>Done with the JDK's diagnostic command {@code Compiler.directives_add}, as
 * {@code jcmd PID Compiler.directives_add FILE} does, on a daemon thread while the command line
 * starts ({@link BackgroundStart}); only where the JVM compiles in tiers with both compilers, as it
 * does by default, and was given no directives of its own. The command is run straight through the
 * JDK's own implementation of it, which the runnable jar's manifest opens to it
 * ({@code Add-Opens: jdk.management/com.sun.management.internal}): that takes about 15 ms, where
 * starting the platform MBean server that offers the same command publicly takes about 100 ms, the
 * directives arriving all the later. Where the package is not open (another way of running the
 * classes) or is not as expected, the MBean server does it. Where the command is missing (a JVM
 * other than HotSpot) or anything fails, nothing changes and nothing is printed. The system
 * property {@code scap.compiler-directives=false} turns it off.
 */
final class CompilerDirectives {

  /**
   * The directives, in HotSpot's format: the first whose pattern matches a method applies.
   * Lambdas' classes are matched by their names' {@code $$Lambda}, wherever they are.
   */
  static final String DIRECTIVES = """
      [
        { match: "*$$Lambda*.*", c2: { Exclude: true } },
        { match: ["dev/scap/analysis/internal/AllPairs.lambda*",
                  "dev/scap/analysis/internal/AllPairs$Rows.lambda*",
                  "dev/scap/analysis/internal/AllPairs$Rows.denseOnce"],
          c2: { Exclude: false, inline: "-*.*" } },
        { match: "dev/scap/analysis/internal/*.*", c2: { Exclude: false } },
        { match: "*.*", c2: { Exclude: true } }
      ]
      """;

  static final String PROPERTY = "scap.compiler-directives";

  private static final Pattern ADDED = Pattern.compile("(\\d+) compiler directives? added");

  private CompilerDirectives() {}

  /**
   * Adds the directives, unless the property says not to: on the thread of
   * {@link BackgroundStart}, once in a JVM.
   *
   * @return how many directives the JVM took: 0 where it took none
   */
  static int addUnlessTurnedOff() {
    return Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) ? add() : 0;
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
        String said;
        try {
          said = addDirectly(file);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not open to this code, or not as expected: the public way, slower to start
          said = addThroughServer(file);
        }
        return added(said);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (Throwable e) {
      // A step to speed the run up, and no more: whatever fails, the JVM keeps its own choices.
      return 0;
    }
  }

  /** How many directives the diagnostic command says it added. */
  static int added(String said) {
    Matcher added = ADDED.matcher(said);
    return added.find() ? Integer.parseInt(added.group(1)) : 0;
  }

  /**
   * Runs {@code Compiler.directives_add} through the JDK's implementation of the diagnostic
   * commands, as its MBean does, without the MBean server. Its native code comes with the
   * platform's HotSpot MXBean, which is asked for first.
   *
   * @param file the directives
   * @return what the command says
   * @throws ReflectiveOperationException if the implementation is not there as expected
   * @throws RuntimeException if its package is not open to this code
   */
  static String addDirectly(Path file) throws ReflectiveOperationException {
    ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    Class<?> commands = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
    Method instance = commands.getDeclaredMethod("getDiagnosticCommandMBean");
    Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
    instance.setAccessible(true);
    execute.setAccessible(true);
    return String.valueOf(execute.invoke(instance.invoke(null),
        "Compiler.directives_add " + quoted(file)));
  }

  /**
   * The file as one argument of a diagnostic command, which splits its arguments at spaces
   * unless they are quoted: a temporary folder's path may hold spaces.
   */
  static String quoted(Path file) {
    String path = file.toString();
    return path.contains("\"") ? "'" + path + "'" : "\"" + path + "\"";
  }

  /**
   * Runs {@code Compiler.directives_add} through the platform MBean server, which a JVM of
   * HotSpot offers publicly and starts on first use.
   *
   * @param file the directives
   * @return what the command says
   * @throws Exception if the server or the command fails
   */
  static String addThroughServer(Path file) throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    return String.valueOf(server.invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
        new Object[] {new String[] {quoted(file)}}, new String[] {String[].class.getName()}));
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
