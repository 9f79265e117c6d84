package dev.scap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

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
}
