package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerDirectivesTest {

  private static final String DIAGNOSTIC = "com.sun.management:type=DiagnosticCommand";

  private static String diagnostic(String operation) throws Exception {
    return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName(DIAGNOSTIC), operation, new Object[0], new String[0]));
  }

  /** Adds the directives one way, checks what the JVM holds, and removes them again. */
  private static void addsThemFirst(Callable<Integer> add) throws Exception {
    assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(
        new ObjectName(DIAGNOSTIC)), "a JVM with HotSpot's diagnostic commands");
    assumeTrue(CompilerDirectives.suitsThisJvm(), "a JVM that compiles in tiers, C1 then C2");
    String before = diagnostic("compilerDirectivesPrint");
    int added = 0;
    try {
      added = add.call();

      assertThat(added).isEqualTo(4);
      String after = diagnostic("compilerDirectivesPrint");
      // matched in this order: lambdas' classes, the top-k's cosine rows, the analyses' kernels, and
      // the rule that excludes C2 everywhere else
      int lambdas = after.indexOf("matching: *$$Lambda*.*");
      int rows = after.indexOf("matching: dev/scap/analysis/internal/AllPairs$Rows.denseOnce, "
          + "dev/scap/analysis/internal/AllPairs$Rows.lambda*, "
          + "dev/scap/analysis/internal/AllPairs.lambda*");
      int kernels = after.indexOf("matching: dev/scap/analysis/internal/*.*");
      int everything = after.indexOf("matching: *.*");
      assertThat(lambdas).isNotNegative().isLessThan(rows);
      assertThat(rows).isLessThan(kernels);
      assertThat(kernels).isLessThan(everything);
      assertThat(c2(after, lambdas, rows)).contains("Exclude:true");
      assertThat(c2(after, rows, kernels)).contains("inline: -*.*").contains("Exclude:false")
          .doesNotContain("Exclude:true");
      assertThat(c2(after, kernels, everything)).contains("Exclude:false")
          .doesNotContain("Exclude:true");
      assertThat(c2(after, everything, after.length())).contains("Exclude:true");
    } finally {
      // the test JVM's compilers go back to their own choices: each removal takes the top one
      for (int i = 0; i < added; i++) {
        diagnostic("compilerDirectivesRemove");
      }
    }
    assertThat(diagnostic("compilerDirectivesPrint")).isEqualTo(before);
  }

  /** The C2 part of the directive printed from {@code from} to {@code to}. */
  private static String c2(String printed, int from, int to) {
    String directive = printed.substring(from, to);
    String c2 = directive.substring(directive.indexOf("c2 directives:"));
    int next = c2.indexOf("Directive:");
    return next < 0 ? c2 : c2.substring(0, next);
  }

  /** One way of adding the directives of a file. */
  @FunctionalInterface
  private interface Way {
    String add(Path file) throws Exception;
  }

  /**
   * Adds them one way from a file of the directives, in a folder whose name has a space and a
   * quote, as a temporary folder's may.
   */
  private static Callable<Integer> fromFile(Path folder, Way way) {
    return () -> {
      Path file = Files.writeString(
          Files.createDirectory(folder.resolve("Mayor's files")).resolve("directives.json"),
          CompilerDirectives.DIRECTIVES);
      return CompilerDirectives.added(way.add(file));
    };
  }

  @Test
  void hotSpotTakesTheDirectivesAndPutsThemFirst() throws Exception {
    addsThemFirst(CompilerDirectives::add);
  }

  @Test
  void theJdksOwnCommandsAddThemWithoutTheMBeanServer(@TempDir Path folder) throws Exception {
    // the tests open the package to this module, as the runnable jar's manifest does
    addsThemFirst(fromFile(folder,
        file -> CompilerDirectives.direct().addDirectives(file.toString())));
  }

  @Test
  void theMBeanServerAddsThemWhereThePackageIsClosed(@TempDir Path folder) throws Exception {
    addsThemFirst(fromFile(folder,
        file -> CompilerDirectives.server().addDirectives(file.toString())));
  }

  @Test
  void quotesAPathAsOneArgumentOfACommand() {
    assertThat(CompilerDirectives.quoted("/tmp/my files/d.json"))
        .isEqualTo("\"/tmp/my files/d.json\"");
    assertThat(CompilerDirectives.quoted("/tmp/a \"b\"/d.json"))
        .isEqualTo("'/tmp/a \"b\"/d.json'");
  }

  private static boolean suits(Map<String, String> options) {
    return CompilerDirectives.suit(options);
  }

  @Test
  void readsTheOptionsAsVmFlagsPrintsThem() {
    String printed = "-XX:CICompilerCount=2 -XX:ConcGCThreads=1 -XX:-TieredCompilation\n"
        + "-XX:+UseG1GC -XX:CompilerDirectivesFile=/tmp/my files/d.json -XX:TieredStopAtLevel=1\n";

    assertThat(CompilerDirectives.options(printed)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "CICompilerCount", "2", "ConcGCThreads", "1", "TieredCompilation", "false",
        "UseG1GC", "true", "CompilerDirectivesFile", "/tmp/my files/d.json",
        "TieredStopAtLevel", "1"));
    assertThat(CompilerDirectives.options("")).isEmpty();
  }

  @Test
  void thisJvmsOwnOptionsAreRead() throws Exception {
    assumeTrue(CompilerDirectives.suitsThisJvm(), "a JVM that compiles in tiers, C1 then C2");

    // the tests' JVM runs with its default compilers, and some options the JVM chose itself
    assertThat(CompilerDirectives.options(CompilerDirectives.diagnostics().flags()))
        .containsKey("CICompilerCount").doesNotContainKey("CompilerDirectivesFile");
  }

  @Test
  void suitOnlyAJvmThatCompilesInTiersWithBothCompilersAndNoDirectivesOfItsOwn() {
    assertThat(suits(Map.of("TieredCompilation", "true", "TieredStopAtLevel", "4",
        "CompilationMode", "default", "CompilerDirectivesFile", ""))).isTrue();
    assertThat(suits(Map.of())).as("options the JVM does not have").isTrue();

    // without C1, what the directives keep from C2 would stay interpreted
    assertThat(suits(Map.of("TieredCompilation", "false"))).isFalse();
    assertThat(suits(Map.of("CompilationMode", "high-only"))).isFalse();
    // C1 alone: nothing to leave to C2
    assertThat(suits(Map.of("TieredStopAtLevel", "1"))).isFalse();
    assertThat(suits(Map.of("CompilationMode", "quick-only"))).isFalse();
    // the directives added would come first and hide the JVM's own
    assertThat(suits(Map.of("CompilerDirectivesFile", "/etc/directives.json"))).isFalse();
  }
}
