package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.io.Datasets;
import dev.scap.model.City;
import dev.scap.model.ScapDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format's messages speak of pointers; in a workbook they speak of its places. */
class SheetsReaderHintsTest {

  @TempDir
  Path folder;

  @ParameterizedTest
  @CsvSource({
      "plans.xlsx, Cities!A40, Cities!A2",
      "plans, cities.csv:40:1, cities.csv:2:1"})
  void aPointerInAMessageIsToldAsThePlaceItNames(String name, String at, String first)
      throws IOException {
    ScapDocument dataset = Datasets.ascn();
    List<City> cities = new ArrayList<>(dataset.cities());
    cities.add(cities.get(0));
    Path target = folder.resolve(name);
    SheetsWriter.create().write(dataset.toBuilder().cities(cities).build(), target);

    SheetsReadResult result = SheetsReader.create().read(target);

    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.place()).endsWith(at);
      assertThat(problem.problem().rule()).isEqualTo("duplicate-id");
      assertThat(problem.problem().message()).endsWith(" is already the id of the city at "
          + first);
    });
  }
}
