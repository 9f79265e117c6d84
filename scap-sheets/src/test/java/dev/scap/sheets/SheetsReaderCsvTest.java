package dev.scap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsReaderCsvTest {

  @TempDir
  Path root;

  Path data;

  @BeforeEach
  void validFolder() throws IOException {
    data = root.resolve("data");
    Files.createDirectories(data);
    write("document.csv", "scapVersion\r\n1.1\r\n");
    write("taxonomies.csv", "id,name\r\nt,T\r\n");
    write("themes.csv", "taxonomy,id,label\r\nt,buildings,B\r\n");
    write("cities.csv", "id,name,country\r\nhanoi,Hanoi,VN\r\n");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> places(SheetsReadResult result, String rule) {
    return result.problems().stream().filter(p -> p.problem().rule().equals(rule))
        .map(this::place).toList();
  }

  /** The place, relative to the test's folder as a user's relative path would be. */
  private String place(SheetProblem problem) {
    return problem.place().replace(root + "/", "");
  }

  @Test
  void readsAValidFolder() throws IOException {
    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(result.problems()).isEmpty();
    assertThat(result.document().get().cities()).hasSize(1);
  }

  @Test
  void acceptsALeadingByteOrderMark() throws IOException {
    write("cities.csv", "\uFEFFid,name,country\r\nhanoi,Hanoi,VN\r\n");

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(result.problems()).isEmpty();
    assertThat(result.document().get().cities().get(0).id().value()).isEqualTo("hanoi");
  }

  @Test
  void placesAProblemAtTheLineWhereItsRecordStarts() throws IOException {
    write("plans.csv", "id,city,title,vision\r\n"
        + "p1,hanoi,One,\"a vision\r\non two lines\"\r\n"
        + "p2,nowhere,Two,\r\n");
    write("focus-areas.csv", "plan,theme\r\np1,buildings\r\np2,buildings\r\n");

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(places(result, "unknown-reference")).containsExactly("data/plans.csv:4:2");
  }

  @Test
  void refusesAFileThatIsNotUtf8() throws IOException {
    Files.write(data.resolve("cities.csv"), "id,name,country\r\nhue,Hu\u00e9,VN\r\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(places(result, "not-a-workbook")).containsExactly("data/cities.csv:2");
    assertThat(result.document()).isEmpty();
  }

  @Test
  void placesAFileThatIsNotUtf8AtTheLineOfItsFirstBadBytes() throws IOException {
    StringBuilder cities = new StringBuilder("id,name,country\r\n");
    for (int i = 0; i < 10000; i++) {
      cities.append("city-").append(i).append(",City ").append(i).append(",VN\r\n");
    }
    cities.append("hue,Hu\u00e9,VN\r\n");
    Files.write(data.resolve("cities.csv"),
        cities.toString().getBytes(StandardCharsets.ISO_8859_1));

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(places(result, "not-a-workbook")).containsExactly("data/cities.csv:10002");
    assertThat(result.problems()).filteredOn(p -> p.problem().rule().equals("not-a-workbook"))
        .singleElement().extracting(p -> p.problem().message()).asString()
        .contains("line 10002").contains("CSV UTF-8");
  }

  @Test
  void saysThatAFileSeparatedBySemicolonsIsReadSeparatedByCommas() throws IOException {
    write("cities.csv", "id;name;country\r\nhue;Hue;VN\r\n");

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(places(result, "unknown-property")).containsExactly("data/cities.csv:1:1");
    assertThat(result.problems()).filteredOn(p -> p.problem().rule().equals("unknown-property"))
        .singleElement().extracting(p -> p.problem().message()).asString()
        .isEqualTo("the sheet has no column \"id;name;country\": its values are separated by "
            + "semicolons, and CSV files are read separated by commas: save it as CSV UTF-8 "
            + "(comma delimited)");
  }

  @Test
  void warnsOfAFileNotInTheLayout() throws IOException {
    write("citys.csv", "id\r\nx\r\n");

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(places(result, "unknown-sheet")).containsExactly("data/citys.csv");
    assertThat(result.problems().get(0).problem().message()).contains("\"cities.csv\"");
    assertThat(result.document()).isPresent();
  }

  @Test
  void readsListsAndQuotedTextsAsTheLayoutSays() throws IOException {
    java.io.StringWriter plans = new java.io.StringWriter();
    SheetsFixture.record(plans, List.of("id", "city", "title"));
    // a title that begins and ends with a quote is written as a JSON string
    SheetsFixture.record(plans, List.of("p1", "hanoi", "\"\\\"quoted\\\"\""));
    write("plans.csv", plans.toString());
    write("focus-areas.csv", "plan,theme,challenges\r\n"
        + "p1,buildings,\"floods\nheat\"\r\n");
    write("organizations.csv", "id,name,kind,offers\r\n"
        + "adb,ADB,multilateral-development-bank,\" financing ,technical-assistance\"\r\n");

    SheetsReadResult result = SheetsReader.create().read(data);

    assertThat(result.problems()).isEmpty();
    var document = result.document().get();
    assertThat(document.plans().get(0).title()).isEqualTo("\"quoted\"");
    assertThat(document.plans().get(0).focusAreas().get(0).challenges())
        .containsExactly("floods", "heat");
    assertThat(document.organizations().get(0).offers()).map(c -> c.code())
        .containsExactly("financing", "technical-assistance");
  }

  @Test
  void importsOnlyWhenThereIsNoError() throws IOException {
    Path json = root.resolve("out.json");
    SheetsImport good = SheetsReader.create().importTo(data, json);
    assertThat(good.written()).isTrue();
    assertThat(json).exists();
    Files.delete(json);

    write("cities.csv", "id,name,country,population\r\nhanoi,Hanoi,VN,many\r\n");
    SheetsImport bad = SheetsReader.create().importTo(data, json);

    assertThat(bad.written()).isFalse();
    assertThat(bad.errors()).isEqualTo(1);
    assertThat(place(bad.problems().get(0))).isEqualTo("data/cities.csv:2:4");
    assertThat(json).doesNotExist();
    try (var files = Files.list(root)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
    }
  }
}
