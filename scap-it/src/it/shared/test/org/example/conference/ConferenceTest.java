package org.example.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.scap.analysis.overlap.CityPeers;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.BuiltInTaxonomies;
import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.ScapDocument;
import dev.scap.model.ScapLibrary;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.ScapValidator;
import dev.scap.model.validation.Severity;
import dev.scap.report.Wording;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
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
    assertThat(outcome.json()).startsWith("{\n  \"scapVersion\": \"1.1\"").endsWith("}\n");
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
  void findsEveryProblemOfABrokenDocumentWithScapsOwnRules() {
    ScapDocument broken = ScapDocument.builder()
        .addTaxonomies(BuiltInTaxonomies.wegoAscn2019())
        .addCities(City.of(CityId.of("hue"), "\u3000", "XX"),
            City.of(CityId.of("iloilo"), "\u0001", "PH"))
        .build();

    // U+3000 is white space, so that name is blank; U+0001 is not, so that one is kept. Under
    // Hibernate Validator 8.0 (Spring Boot 3.5) the same holds, through scap's own check.
    assertThat(ScapValidator.instance().validate(broken).problems())
        .extracting(Problem::rule, Problem::pointer)
        .containsExactly(tuple("required", "/cities/0/name"),
            tuple("invalid-country", "/cities/0/country"));
  }

  @Test
  void groupsEveryCityExactlyOnce() {
    List<CityId> members = outcome.groups().groups().stream()
        .flatMap(group -> group.members().stream()).toList();

    assertThat(outcome.groups().groups()).hasSize(5)
        .allSatisfy(group -> assertThat(group.members()).isNotEmpty());
    assertThat(members).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(outcome.overlap().cities());
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
  void suggestsPartnersWithTheirReasons() {
    List<PartnerMatch> phnomPenh = outcome.partners().stream()
        .filter(city -> city.city().equals(CityId.of("phnom-penh")))
        .findFirst().orElseThrow().partners();

    assertThat(phnomPenh).hasSize(3)
        .allSatisfy(match -> {
          assertThat(match.score()).isBetween(0.0, 1.0).isPositive();
          assertThat(match.reasons()).isNotEmpty();
          assertThat(outcome.overlap().themes()).containsAll(match.themes());
        });
    assertThat(phnomPenh).map(PartnerMatch::score).isSortedAccordingTo(
        Comparator.reverseOrder());
  }

  @Test
  void stampsTheReportWithScapsVersionAndTheDatasetsHash() throws Exception {
    byte[] canonical = outcome.json().getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(canonical));

    assertThat(outcome.stamp().inputSha256()).isEqualTo(sha256);
    assertThat(ScapLibrary.version()).isEqualTo(System.getProperty("expected.scap"));
    assertThat(outcome.stamp().version()).isEqualTo(ScapLibrary.version());
    assertThat(outcome.report()).contains(sha256);
  }

  @Test
  void saysWhyASmallConferenceSeatsNobodyAndWhatWouldSeatIt() {
    RoundtablePlan defaults = Conference.seatSmallConference(4);
    RoundtablePlan three = Conference.seatSmallConference(3);

    assertThat(defaults.tables()).isEmpty();
    assertThat(defaults.shortfalls()).hasSize(3)
        .allSatisfy(shortfall -> assertThat(Wording.shortfall(shortfall)).contains("min-seats 3"));
    assertThat(three.tables()).singleElement()
        .satisfies(table -> assertThat(table.guests()).hasSize(3));
  }

  @Test
  void writesAReport() {
    assertThat(outcome.report()).startsWith("# ")
        .contains("Phnom Penh", "`buildings`", "`egov-welfare`", "2019-11-05");
  }
}
