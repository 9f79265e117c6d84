package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Rule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxTest {

  @Property(tries = 2000)
  void checksIdentifiersExactlyAsTheRegularExpressionDoes(@ForAll("texts") String text) {
    assertThat(Syntax.isIdentifier(text)).isEqualTo(Syntax.matchesIdentifierPattern(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abz09-_A .é").ofMinLength(0).ofMaxLength(70);
  }

  @Test
  void acceptsTheEdgesOfTheSyntax() {
    assertThat(Syntax.isIdentifier("a")).isTrue();
    assertThat(Syntax.isIdentifier("0-")).isTrue();
    assertThat(Syntax.isIdentifier("a".repeat(64))).isTrue();
    assertThat(Syntax.isIdentifier("a".repeat(65))).isFalse();
    assertThat(Syntax.isIdentifier("-a")).isFalse();
    assertThat(Syntax.isIdentifier("")).isFalse();
    assertThat(Syntax.isIdentifier(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.1", "1.2", "0.9", "2.0", "1.0.0", "v1", ""})
  void readsAVersionAsTheSupportedVersionConstraintDoes(String version) {
    boolean constraint = BeanValidation.shared()
        .validateValue(ScapDocument.class, "scapVersion", version, "").stream()
        .noneMatch(problem -> problem.rule().equals(Rule.UNSUPPORTED_VERSION.code()));

    assertThat(Syntax.isReadableVersion(version)).as(version).isEqualTo(constraint);
  }

  @Test
  void readsItsOwnVersionButNoNewerOne() {
    assertThat(Syntax.isReadableVersion("1.0")).isTrue();
    assertThat(Syntax.isReadableVersion("1.1")).isTrue();
    assertThat(Syntax.isReadableVersion("1.2")).isFalse();
    assertThat(Syntax.isReadableVersion("2.0")).isFalse();
    assertThat(Syntax.isReadableVersion(null)).isTrue();
  }
}
