package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.model.validation.ScapValidator;
import dev.scap.model.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's model example, and checks that the README shows this very code. */
class ReadmeExampleTest {

  @Test
  void readmeExampleBuildsAValidDocumentAndNavigatesIt() {
    // README:BEGIN
    ScapDocument document = ScapDocument.builder()
        .addTaxonomies(BuiltInTaxonomies.wegoAscn2019())
        .addCities(City.of(CityId.of("phnom-penh"), "Phnom Penh", "KH").withPopulation(2_800_000L))
        .addPlans(Plan.builder(PlanId.of("phnom-penh-scap-2018"), CityId.of("phnom-penh"),
                "Phnom Penh Smart City Action Plan")
            .period(Period.of(2018, 2025))
            .addFocusAreas(FocusArea.of(ThemeId.of("traffic-safety"), 1))
            .addProjects(Project.builder(ProjectId.of("pp-traffic-control-centre"),
                    "Traffic control centre", ThemeId.of("traffic-safety"))
                .stage(Stage.PILOT)
                .build())
            .build())
        .build();

    ValidationReport report = ScapValidator.instance().validate(document);
    report.problems().forEach(System.out::println);   // none: the document is valid

    Plan plan = document.planFor(CityId.of("phnom-penh"), 2020).orElseThrow();
    List<Project> traffic = plan.projectsOn(ThemeId.of("traffic-safety"));
    // README:END

    assertThat(report.isClean()).isTrue();
    assertThat(traffic).extracting(Project::id)
        .containsExactly(ProjectId.of("pp-traffic-control-centre"));
  }

  @Test
  void readmeShowsTheCodeThatThisTestRuns() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/dev/scap/model/ReadmeExampleTest.java"));
    String snippet = source.substring(
        source.indexOf("// README:BEGIN\n") + "// README:BEGIN\n".length(),
        source.indexOf("    // README:END"));
    String unindented = snippet.lines()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("```java\n" + unindented + "\n```");
  }
}
