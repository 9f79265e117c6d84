package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChoiceTest {

  private static final Plan OLD = plan("old", Period.of(2010, 2015));
  private static final Plan CURRENT = plan("current", Period.of(2014, 2020));
  private static final Plan UNDATED = plan("undated", null);

  @Test
  void choosesTheLatestPlanWhosePeriodContainsTheYear() {
    assertThat(PlanChoice.choose(List.of(OLD, CURRENT, UNDATED), 2014)).contains(CURRENT);
    assertThat(PlanChoice.choose(List.of(OLD, CURRENT, UNDATED), 2011)).contains(OLD);
  }

  @Test
  void choosesTheLatestPlanWhenNoPeriodContainsTheYear() {
    assertThat(PlanChoice.choose(List.of(CURRENT, OLD), 2030)).contains(CURRENT);
  }

  @Test
  void countsAPlanWithoutAPeriodOlderThanAnyWithOne() {
    assertThat(PlanChoice.latest(List.of(CURRENT, UNDATED))).contains(CURRENT);
    assertThat(PlanChoice.latest(List.of(UNDATED))).contains(UNDATED);
  }

  @Test
  void breaksTiesByTheLastInTheList() {
    Plan again = plan("again", Period.of(2014, 2020));
    assertThat(PlanChoice.latest(List.of(CURRENT, again))).contains(again);
  }

  @Test
  void choosesNothingFromNoPlan() {
    assertThat(PlanChoice.latest(List.of())).isEmpty();
    assertThat(PlanChoice.choose(List.of(), 2020)).isEmpty();
  }

  @Test
  void rejectsNoList() {
    assertThatNullPointerException().isThrownBy(() -> PlanChoice.latest(null));
    assertThatNullPointerException().isThrownBy(() -> PlanChoice.choose(null, 2020));
  }

  private static Plan plan(String id, Period period) {
    return Plan.builder(PlanId.of(id), CityId.of("c"), "Plan " + id).period(period)
        .focusAreas(List.of(FocusArea.of(ThemeId.of("t")))).build();
  }
}
