package dev.scap.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void escapesTheFiveMarkupCharactersForHtml() {
    assertThat(Text.html("a & b < c > d \"e\" 'f'"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
    assertThat(Text.html(null)).isEmpty();
  }

  @Test
  void replacesWhatXmlForbidsAndKeepsTheRest() {
    assertThat(Text.html("a\u0000b\u001bc\td\ne\rf")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\rf");
    assertThat(Text.html("x\uD800y\uDC00z\uFFFE\uFFFF")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD\uFFFD");
    assertThat(Text.html("Đà Nẵng \uD83C\uDFD9")).isEqualTo("Đà Nẵng \uD83C\uDFD9");
  }

  @Test
  void escapesMarkdownMarkupAndLineBreaks() {
    assertThat(Text.markdown("a|b *c* _d_ `e` [f](g) <h> #i \\j\nk"))
        .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\#i \\\\j k");
    assertThat(Text.markdown(null)).isEmpty();
  }

  @Test
  void printsNumbersExactlyOrBriefly() {
    assertThat(Text.exact(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(Text.brief(1.0 / 3)).isEqualTo("0.333");
    assertThat(Text.brief(2.0 / 3)).isEqualTo("0.667");
    assertThat(Text.brief(1)).isEqualTo("1");
    assertThat(Text.brief(0.5)).isEqualTo("0.5");
    assertThat(Text.brief(0.0001)).isEqualTo("0");
    assertThat(Text.brief(-0.0)).isEqualTo("0");
  }
}
