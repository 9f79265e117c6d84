package dev.scap.cli;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
 * does by default, and was given no directives of its own, which the command {@code VM.flags}
 * tells. The commands are run straight through the JDK's own implementation of them, which the
 * runnable jar's manifest opens to this code
 * ({@code Add-Opens: jdk.management/com.sun.management.internal}): with the directives' file made
 * through {@link java.io}, that takes about 5 ms alone and 20 to 30 ms beside the command line's
 * start, where starting the platform MBean server that offers the same commands publicly takes
 * about 100 ms, the directives arriving all the later. Where the package is not open (another
 * way of running the classes) or is not as expected, the MBean server runs them. Where the
 * commands are missing (a JVM other than HotSpot) or anything fails, nothing changes and
 * nothing is printed. The system property {@code scap.compiler-directives=false} turns it off.
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
   * @param options the HotSpot options set on the command line or by the JVM, by name; an
   *     option not among them is at its default
   */
  static boolean suit(Map<String, String> options) {
    return options.getOrDefault("TieredCompilation", "true").equals("true")
        && options.getOrDefault("TieredStopAtLevel", "4").equals("4")
        && options.getOrDefault("CompilationMode", "default").equals("default")
        && options.getOrDefault("CompilerDirectivesFile", "").isEmpty();
  }

  /**
   * Reads what {@code VM.flags} prints, {@code -XX:+Name}, {@code -XX:-Name} and
   * {@code -XX:Name=value} separated by spaces, into options by name ({@code true} or
   * {@code false} for the first two); a value may hold spaces.
   *
   * @param printed what the command printed
   * @return the options
   */
  static Map<String, String> options(String printed) {
    Map<String, String> options = new HashMap<>();
    for (String flag : printed.strip().split("\\s+(?=-XX:)")) {
      if (!flag.startsWith("-XX:")) {
        continue;
      }
      String option = flag.substring("-XX:".length()).strip();
      int equals = option.indexOf('=');
      if (option.startsWith("+") || option.startsWith("-")) {
        options.put(option.substring(1), String.valueOf(option.startsWith("+")));
      } else if (equals > 0) {
        options.put(option.substring(0, equals), option.substring(equals + 1));
      }
    }
    return options;
  }

  /**
   * Adds the directives to this JVM's compilers, where they suit it. The file they are read
   * from is made with {@link java.io} and a name of the clock's, which is all there is to load
   * this early: a temporary file of {@link java.nio.file.Files} seeds a secure random
   * generator first, and took a third of the time it took to add the directives.
   *
   * @return how many directives the JVM took: 0 where it took none
   */
  static int add() {
    try {
      Diagnostics commands = diagnostics();
      if (!suit(options(commands.flags()))) {
        return 0;
      }
      File file = temporaryFile();
      file.deleteOnExit();   // should the command end first
      try {
        try (OutputStream out = new FileOutputStream(file)) {
          out.write(DIRECTIVES.getBytes(StandardCharsets.UTF_8));
        }
        return added(commands.addDirectives(file.getPath()));
      } finally {
        file.delete();
      }
    } catch (Throwable e) {
      // A step to speed the run up, and no more: whatever fails, the JVM keeps its own choices.
      return 0;
    }
  }

  /**
   * A new file in the temporary folder, readable by others (the directives are no secret),
   * created only if no file of its name is there.
   */
  private static File temporaryFile() throws IOException {
    File folder = new File(System.getProperty("java.io.tmpdir"));
    for (int attempt = 0; attempt < 16; attempt++) {
      File file = new File(folder, "scap-compiler-directives-" + System.nanoTime() + ".json");
      if (file.createNewFile()) {
        return file;
      }
    }
    throw new IOException("no new file could be made in " + folder);
  }

  /** How many directives the diagnostic command says it added. */
  static int added(String said) {
    Matcher added = ADDED.matcher(said);
    return added.find() ? Integer.parseInt(added.group(1)) : 0;
  }

  /** The two diagnostic commands that adding the directives runs. */
  interface Diagnostics {
    /**
     * Runs {@code VM.flags}.
     *
     * @return the options set on the command line or by the JVM, as the command prints them
     * @throws Exception if the command fails
     */
    String flags() throws Exception;

    /**
     * Runs {@code Compiler.directives_add}.
     *
     * @param file the path of the directives
     * @return what the command says
     * @throws Exception if the command fails
     */
    String addDirectives(String file) throws Exception;
  }

  /** The diagnostic commands run directly where they can be, else through the MBean server. */
  static Diagnostics diagnostics() {
    try {
      return direct();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // not open to this code, or not as expected: the public way, slower to start
      return server();
    }
  }

  /**
   * The diagnostic commands through the JDK's implementation of them, as their MBean runs
   * them, without the MBean server. Their native code is loaded with the JDK's provider of
   * the platform's management beans, which is initialized first.
   *
   * @return the commands
   * @throws ReflectiveOperationException if the implementation is not there as expected
   * @throws RuntimeException if its package is not open to this code
   */
  static Diagnostics direct() throws ReflectiveOperationException {
    Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl");
    Class<?> commands = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
    Method instance = commands.getDeclaredMethod("getDiagnosticCommandMBean");
    Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
    instance.setAccessible(true);
    execute.setAccessible(true);
    Object implementation = instance.invoke(null);
    return new Diagnostics() {
      @Override
      public String flags() throws ReflectiveOperationException {
        return String.valueOf(execute.invoke(implementation, "VM.flags"));
      }

      @Override
      public String addDirectives(String file) throws ReflectiveOperationException {
        return String.valueOf(execute.invoke(implementation,
            "Compiler.directives_add " + quoted(file)));
      }
    };
  }

  /**
   * The diagnostic commands through the platform MBean server, which a JVM of HotSpot offers
   * publicly and starts on first use.
   *
   * @return the commands
   */
  static Diagnostics server() {
    return new Diagnostics() {
      @Override
      public String flags() throws Exception {
        return run("vmFlags");
      }

      @Override
      public String addDirectives(String file) throws Exception {
        return run("compilerDirectivesAdd", quoted(file));
      }

      private String run(String operation, String... arguments) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return String.valueOf(server.invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
            new Object[] {arguments}, new String[] {String[].class.getName()}));
      }
    };
  }

  /**
   * The file as one argument of a diagnostic command, which splits its arguments at spaces
   * unless they are quoted: a temporary folder's path may hold spaces.
   */
  static String quoted(String path) {
    return path.contains("\"") ? "'" + path + "'" : "\"" + path + "\"";
  }

  /** Whether the directives {@link #suit} this JVM, which must be HotSpot. */
  static boolean suitsThisJvm() {
    try {
      return suit(options(diagnostics().flags()));
    } catch (Exception e) {
      return false;
    }
  }
}
