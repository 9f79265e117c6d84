package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodedTest {

  @Property
  void givesEveryConstantALowerKebabCaseCode(@ForAll("constants") Coded constant) {
    assertThat(constant.code()).matches("[a-z]+(-[a-z]+)*");
  }

  @Property
  void findsEveryStageByItsCode(@ForAll Stage stage) {
    assertThat(Stage.fromCode(stage.code())).contains(stage);
  }

  @Property
  void findsEverySupportTypeByItsCode(@ForAll SupportType type) {
    assertThat(SupportType.fromCode(type.code())).contains(type);
  }

  @Property
  void findsEveryOrganizationKindByItsCode(@ForAll OrganizationKind kind) {
    assertThat(OrganizationKind.fromCode(kind.code())).contains(kind);
  }

  @Property
  void findsEveryPartnerRoleByItsCode(@ForAll PartnerRole role) {
    assertThat(PartnerRole.fromCode(role.code())).contains(role);
  }

  @Provide
  Arbitrary<Coded> constants() {
    return Arbitraries.of(Stream.of(Stage.values(), SupportType.values(),
            OrganizationKind.values(), PartnerRole.values())
        .flatMap(Arrays::stream).map(Coded.class::cast).toList());
  }

  static Stream<Object[]> codeLists() {
    return Stream.of(
        new Object[] {Stage.values(), List.of("idea", "concept", "feasibility-study", "pilot",
            "implementation", "operation", "completed", "cancelled")},
        new Object[] {SupportType.values(), List.of("feasibility-study", "pilot-project",
            "financing", "technical-assistance", "capacity-building", "policy-advice",
            "knowledge-sharing")},
        new Object[] {OrganizationKind.values(), List.of("national-government",
            "local-government", "multilateral-development-bank", "development-agency",
            "international-organization", "private-sector", "research-institution",
            "civil-society", "other")},
        new Object[] {PartnerRole.values(), List.of("funder", "implementer", "technical-partner",
            "knowledge-partner", "other")});
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void hasExactlyTheCodesThatTheFormatLists(Coded[] constants, List<String> codes) {
    assertThat(Arrays.stream(constants).map(Coded::code)).containsExactlyElementsOf(codes);
  }

  @ParameterizedTest
  @MethodSource("unknownCodes")
  void findsNothingForAnUnknownCode(String code) {
    assertThat(Stage.fromCode(code)).isEmpty();
    assertThat(SupportType.fromCode(code)).isEmpty();
    assertThat(OrganizationKind.fromCode(code)).isEmpty();
    assertThat(PartnerRole.fromCode(code)).isEmpty();
  }

  static Stream<String> unknownCodes() {
    return Stream.of(null, "", "FEASIBILITY_STUDY", "feasibility_study", "Pilot", " pilot",
        "funder ", "feasibility", "unknown");
  }

  @Test
  void findsAConstantThroughTheGenericLookup() {
    assertThat(Coded.fromCode(SupportType.class, "technical-assistance"))
        .contains(SupportType.TECHNICAL_ASSISTANCE);
    assertThat(Coded.fromCode(SupportType.class, "pilot")).isEmpty();
  }
}
