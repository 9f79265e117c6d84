package dev.scap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.grouping.Linkage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GroupingOptionsTest {

  @Test
  void cutsEitherIntoKGroupsOrAtAThreshold() {
    GroupingOptions five = GroupingOptions.DEFAULTS.cutInto(5);

    assertThat(five).isEqualTo(new GroupingOptions(Linkage.AVERAGE, 5, new BigDecimal("0.5")));
    assertThat(five.cutAt(new BigDecimal("0.7")))
        .isEqualTo(new GroupingOptions(Linkage.AVERAGE, null, new BigDecimal("0.7")));
    assertThat(five.withLinkage(Linkage.SINGLE).linkage()).isEqualTo(Linkage.SINGLE);
  }

  @Test
  void rejectsFewerThanOneGroupAndAMissingThreshold() {
    assertThatThrownBy(() -> GroupingOptions.DEFAULTS.cutInto(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("groups must be 1 or more, not 0");
    assertThatThrownBy(() -> GroupingOptions.DEFAULTS.cutAt(null))
        .isInstanceOf(NullPointerException.class).hasMessage("threshold");
    assertThatThrownBy(() -> new GroupingOptions(null, null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
  }
}
