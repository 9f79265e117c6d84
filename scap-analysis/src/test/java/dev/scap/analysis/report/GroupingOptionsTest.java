package dev.scap.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.grouping.Linkage;
import org.junit.jupiter.api.Test;

class GroupingOptionsTest {

  @Test
  void cutsEitherIntoKGroupsOrAtAThreshold() {
    GroupingOptions five = GroupingOptions.DEFAULTS.cutInto(5);

    assertThat(five).isEqualTo(new GroupingOptions(Linkage.AVERAGE, 5, 0.5));
    assertThat(five.cutAt(0.7)).isEqualTo(new GroupingOptions(Linkage.AVERAGE, null, 0.7));
    assertThat(five.withLinkage(Linkage.SINGLE).linkage()).isEqualTo(Linkage.SINGLE);
  }

  @Test
  void rejectsFewerThanOneGroupAndAThresholdThatIsNotANumber() {
    assertThatThrownBy(() -> GroupingOptions.DEFAULTS.cutInto(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("groups must be 1 or more, not 0");
    assertThatThrownBy(() -> GroupingOptions.DEFAULTS.cutAt(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GroupingOptions(null, null, 0.5))
        .isInstanceOf(NullPointerException.class);
  }
}
