package dev.scap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class CompilerDirectivesTest {

  private static String diagnostic(String operation, Object... arguments) throws Exception {
    String[] signature = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      signature[i] = arguments[i].getClass().getName();
    }
    return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, arguments,
        signature));
  }

  @Test
  void hotSpotTakesTheDirectivesAndPutsThemFirst() throws Exception {
    String before = diagnostic("compilerDirectivesPrint");
    try {
      assertThat(CompilerDirectives.add()).isTrue();

      String after = diagnostic("compilerDirectivesPrint");
      assertThat(after).isNotEqualTo(before);
      // the analyses' kernels keep C2, matched before the rule that excludes it everywhere
      int kernels = after.indexOf("matching: dev/scap/analysis/internal/*.*");
      int everything = after.indexOf("matching: *.*");
      assertThat(kernels).isNotNegative().isLessThan(everything);
      String rest = after.substring(everything);
      String c2 = rest.substring(rest.indexOf("c2 directives:"));
      assertThat(c2).contains("Exclude:true");
      String kernelsC2 = after.substring(kernels, everything);
      assertThat(kernelsC2.substring(kernelsC2.indexOf("c2 directives:")))
          .contains("Exclude:false").doesNotContain("Exclude:true");
    } finally {
      // the test JVM's compilers go back to their own choices
      diagnostic("compilerDirectivesRemove");
      diagnostic("compilerDirectivesRemove");
    }
    assertThat(diagnostic("compilerDirectivesPrint")).isEqualTo(before);
  }
}
