package dev.scap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerTest {

  @Test
  void givesTheSupportInTheOrderGiven() {
    Partner partner = Partner.of(OrganizationId.of("koica"), PartnerRole.FUNDER,
        SupportType.PILOT_PROJECT, SupportType.FINANCING);

    assertThat(partner.support()).containsExactly(SupportType.PILOT_PROJECT, SupportType.FINANCING);
    assertThat(partner.note()).isNull();
    assertThat(partner).isEqualTo(new Partner(OrganizationId.of("koica"), PartnerRole.FUNDER,
        List.of(SupportType.PILOT_PROJECT, SupportType.FINANCING), null, null));
  }

  @Test
  void rejectsNullSupportNamingTheList() {
    assertThatNullPointerException().isThrownBy(() -> new Partner(OrganizationId.of("koica"),
            PartnerRole.FUNDER, Arrays.asList((SupportType) null), null, null))
        .withMessage("support holds a null element");
  }

  @Test
  void keepsItsSupportWhenTheGivenListChanges() {
    List<SupportType> support = new ArrayList<>(List.of(SupportType.FINANCING));
    Partner partner = new Partner(OrganizationId.of("koica"), PartnerRole.FUNDER, support, null,
        null);

    support.add(SupportType.POLICY_ADVICE);

    assertThat(partner.support()).containsExactly(SupportType.FINANCING);
  }
}
