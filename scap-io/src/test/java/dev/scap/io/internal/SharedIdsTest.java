package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.ThemeId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SharedIdsTest {

  @Test
  void givesTheSameInstanceForTheSameText() {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);

    ThemeId first = ids.of("energy");

    assertThat(ids.of(new String("energy"))).isSameAs(first);
    assertThat(ids.of("mobility")).isEqualTo(ThemeId.of("mobility")).isNotSameAs(first);
  }

  @Test
  void makesEqualIdsWithoutHoldingThemPastItsLimit() {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);
    for (int i = 0; i < SharedIds.MOST; i++) {
      ids.of("t" + i);
    }

    ThemeId beyond = ids.of("beyond");

    assertThat(beyond).isEqualTo(ThemeId.of("beyond"));
    assertThat(ids.of("beyond")).isEqualTo(beyond).isNotSameAs(beyond);
    assertThat(ids.of("t0")).isSameAs(ids.of("t0"));
  }

  @Test
  void makesEqualIdsByCharactersPastItsLimit() {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);
    for (int i = 0; i < SharedIds.MOST; i++) {
      char[] text = ("t" + i).toCharArray();
      ids.of(text, 0, text.length);
    }
    char[] beyond = "beyond".toCharArray();

    ThemeId made = ids.of(beyond, 0, beyond.length);

    assertThat(made).isEqualTo(ThemeId.of("beyond"));
    assertThat(ids.of(beyond, 0, beyond.length)).isEqualTo(made).isNotSameAs(made);
    assertThat(ids.of("t4095")).isSameAs(ids.of("t4095".toCharArray(), 0, 5));
  }

  @Test
  void findsByCharactersWhatItFindsByText() {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);
    ThemeId energy = ids.of("energy");
    char[] buffer = "[\"energy\", \"énergie\"]".toCharArray();

    assertThat(ids.of(buffer, 2, 6)).isSameAs(energy);
    ThemeId accented = ids.of(buffer, 12, 7);
    assertThat(accented).isEqualTo(ThemeId.of("énergie"));
    assertThat(ids.of("énergie")).isSameAs(accented);
    assertThat(ids.of(buffer, 2, 5)).isEqualTo(ThemeId.of("energ"));
    assertThat(ids.of(buffer, 2, 0)).isEqualTo(ThemeId.of(""));
  }

  @Test
  void tellsApartTextsWhoseHashesCollide() {
    // "Aa" and "BB" have the same String.hashCode, as do all their concatenations
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);
    List<String> texts = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    List<ThemeId> made = new ArrayList<>();
    for (String text : texts) {
      made.add(ids.of(text));
    }

    for (int i = 0; i < texts.size(); i++) {
      assertThat(ids.of(texts.get(i).toCharArray(), 0, 4)).isSameAs(made.get(i))
          .isEqualTo(ThemeId.of(texts.get(i)));
    }
  }

  @Property(tries = 200)
  void anyTextsLookedUpEitherWayGiveOneInstanceEach(@ForAll List<String> texts) {
    SharedIds<ThemeId> ids = new SharedIds<>(ThemeId::of);
    List<ThemeId> first = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      char[] padded = ("<" + text + ">").toCharArray();
      first.add(i % 2 == 0 ? ids.of(text) : ids.of(padded, 1, text.length()));
    }

    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      ThemeId again = i % 2 == 0 ? ids.of(text.toCharArray(), 0, text.length())
          : ids.of(new String(text));
      assertThat(again).isEqualTo(ThemeId.of(text))
          .isSameAs(first.get(texts.indexOf(text)));
    }
  }
}
