package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.model.validation.Problem;
import org.junit.jupiter.api.Test;

class SheetProblemTest {

  private static final Problem UNKNOWN = Problem.error("unknown-reference",
      "/plans/0/projects/5/themes/0", "no theme 'x'\nhere");

  @Test
  void placesACellOfAWorkbook() {
    SheetProblem problem = new SheetProblem(UNKNOWN, "plans.xlsx", "Projects", 7, 3, false);

    assertThat(problem.place()).isEqualTo("plans.xlsx:Projects!C7");
    assertThat(problem.cell()).isEqualTo("C7");
  }

  @Test
  void placesASheetAndAWorkbookWithoutACell() {
    assertThat(new SheetProblem(UNKNOWN, "plans.xlsx", "Projects", 0, 0, false).place())
        .isEqualTo("plans.xlsx:Projects");
    assertThat(new SheetProblem(UNKNOWN, "plans.xlsx", "", 0, 0, false).place())
        .isEqualTo("plans.xlsx");
    assertThat(new SheetProblem(UNKNOWN, "plans.xlsx", "", 0, 0, false).cell()).isEmpty();
  }

  @Test
  void placesALineAndColumnOfACsvFile() {
    assertThat(new SheetProblem(UNKNOWN, "data/projects.csv", "projects.csv", 7, 3, true)
        .place()).isEqualTo("data/projects.csv:7:3");
    assertThat(new SheetProblem(UNKNOWN, "data/projects.csv", "projects.csv", 0, 0, true)
        .place()).isEqualTo("data/projects.csv");
  }

  @Test
  void namesColumnsPastZWithTwoAndThreeLetters() {
    assertThat(SheetProblem.letters(1)).isEqualTo("A");
    assertThat(SheetProblem.letters(26)).isEqualTo("Z");
    assertThat(SheetProblem.letters(27)).isEqualTo("AA");
    assertThat(SheetProblem.letters(28)).isEqualTo("AB");
    assertThat(SheetProblem.letters(702)).isEqualTo("ZZ");
    assertThat(SheetProblem.letters(703)).isEqualTo("AAA");
  }

  @Test
  void printsOneLineInTheShapeOfAProblem() {
    SheetProblem problem = new SheetProblem(UNKNOWN, "plans.xlsx", "Projects", 7, 3, false);

    assertThat(problem.toString()).isEqualTo("plans.xlsx:Projects!C7: " + UNKNOWN)
        .doesNotContain("\n");
    assertThat(new SheetProblem(Problem.error("not-a-workbook", "", "m"), "a.xlsx", "", 0, 0,
        false).toString()).isEqualTo("a.xlsx: error not-a-workbook /: m");
  }

  @Test
  void refusesANegativeRow() {
    assertThatThrownBy(() -> new SheetProblem(UNKNOWN, "a.xlsx", "S", -1, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
