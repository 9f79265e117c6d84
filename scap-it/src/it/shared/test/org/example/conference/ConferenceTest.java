package org.example.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.CityId;
import dev.scap.model.ScapLibrary;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journey of {@link Conference}, checked step by step, in every consumer application. */
class ConferenceTest {

  private static Conference.Outcome outcome;

  @BeforeAll
  static void run() {
    outcome = Conference.run();
  }

  @Test
  void readsTheBuiltInDatasetAndFindsItValid() {
    assertThat(outcome.dataset().cities()).hasSizeGreaterThanOrEqualTo(26)
        .anySatisfy(city -> assertThat(city.id()).isEqualTo(CityId.of("phnom-penh")));
    assertThat(outcome.validation().problems())
        .noneMatch(problem -> problem.severity() == Severity.ERROR);
  }

  @Test
  void roundTripsTheDatasetThroughJson() {
    assertThat(outcome.reread().report().problems()).map(ConferenceTest::where)
        .isEqualTo(outcome.validation().problems().stream().map(ConferenceTest::where).toList());
    assertThat(outcome.reread().document()).isEqualTo(outcome.dataset());
    assertThat(outcome.json()).startsWith("{\n  \"scapVersion\": \"1.0\"").endsWith("}\n");
  }

  private static String where(Problem problem) {
    return problem.rule() + " " + problem.pointer();
  }

  @Test
  void findsPeersThatShareThemes() {
    assertThat(outcome.peers()).isNotEmpty();
    CityPeers phnomPenh = outcome.peers().stream()
        .filter(city -> city.city().equals(CityId.of("phnom-penh")))
        .findFirst().orElseThrow();
    assertThat(phnomPenh.peers()).hasSize(3)
        .allSatisfy(peer -> assertThat(peer.shared()).isNotEmpty());
  }

  @Test
  void groupsEveryCityOnce() {
    assertThat(outcome.groups().groups()).hasSize(5);
    assertThat(outcome.groups().groups().stream().mapToInt(group -> group.members().size())
        .sum()).isEqualTo(outcome.overlap().cities().size());
  }

  @Test
  void seatsThe2019ConferenceAsTheReadmeShows() {
    assertThat(outcome.roundtables().tables()).hasSize(9);
    assertThat(outcome.roundtables().totalWeight()).isEqualTo(104.0);
    Set<String> themes = outcome.roundtables().tables().stream()
        .map(table -> table.theme().value()).collect(Collectors.toSet());
    assertThat(themes).containsExactlyInAnyOrder("buildings", "roads-public-space",
        "traffic-safety", "waste-wastewater", "egov-welfare");
    assertThat(outcome.roundtables().tables()).map(Table::guests)
        .allSatisfy(guests -> assertThat(guests).hasSizeBetween(4, 8));
  }

  @Test
  void suggestsPartners() {
    assertThat(outcome.partners()).isNotEmpty()
        .anySatisfy(city -> assertThat(city.partners()).isNotEmpty());
  }

  @Test
  void stampsTheReportWithScapsVersionAndTheDatasetsHash() throws Exception {
    byte[] canonical = outcome.json().getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(canonical));

    assertThat(outcome.stamp().inputSha256()).isEqualTo(sha256);
    assertThat(outcome.stamp().version()).isEqualTo(ScapLibrary.version())
        .matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(outcome.report()).contains(sha256);
  }

  @Test
  void saysWhyASmallConferenceSeatsNobodyAndWhatWouldSeatIt() {
    RoundtablePlan defaults = Conference.seatSmallConference(4);
    RoundtablePlan three = Conference.seatSmallConference(3);

    assertThat(defaults.tables()).isEmpty();
    assertThat(defaults.shortfalls()).hasSize(3)
        .allSatisfy(shortfall -> assertThat(shortfall.reason()).contains("min-seats 3"));
    assertThat(three.tables()).singleElement()
        .satisfies(table -> assertThat(table.guests()).hasSize(3));
  }

  @Test
  void writesAReport() {
    assertThat(outcome.report()).startsWith("# ")
        .contains("Phnom Penh", "`buildings`", "`egov-welfare`", "2019-11-05");
  }
}
