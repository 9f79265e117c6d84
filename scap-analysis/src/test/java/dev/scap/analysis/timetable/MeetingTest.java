package dev.scap.analysis.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scap.analysis.partner.InvitationReason;
import dev.scap.analysis.partner.Invitee;
import dev.scap.analysis.partner.NoInvitation;
import dev.scap.analysis.partner.Standing;
import dev.scap.analysis.partner.TableInvitations;
import dev.scap.analysis.roundtable.RoundtablePlan;
import dev.scap.analysis.roundtable.Table;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.ThemeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

  private static final Table WATER = new Table(1, ThemeId.of("water"),
      List.of(CityId.of("lisbon"), CityId.of("porto")));
  private static final Table ENERGY = new Table(2, ThemeId.of("energy"),
      List.of(CityId.of("porto"), CityId.of("braga")));

  private static Invitee match(String organization) {
    return new Invitee(OrganizationId.of(organization), new Standing(0, 0, true, 0, 0),
        List.of(new InvitationReason.WorksOnTheme(ThemeId.of("water"))));
  }

  private static TableInvitations invited(int table, List<Invitee> invitees) {
    return new TableInvitations(table, ThemeId.of("water"), 3, invitees, List.of(), List.of(),
        invitees.isEmpty() ? new NoInvitation.NoCandidate(ThemeId.of("water")) : null);
  }

  @Test
  void takesATablesGuestsAndItsPartnersOrganizations() {
    Meeting meeting = Meeting.of(WATER, invited(1, List.of(match("ngo"),
        match("bank"))));
    assertThat(meeting).isEqualTo(new Meeting(1, WATER.guests(),
        List.of(OrganizationId.of("ngo"), OrganizationId.of("bank"))));
  }

  @Test
  void givesEveryTableOfAPlanAMeetingWithNoPartnersWhereNoneAreGiven() {
    RoundtablePlan plan = new RoundtablePlan(List.of(WATER, ENERGY), 0, List.of(), List.of());
    List<Meeting> meetings = Meeting.of(plan, List.of(invited(2, List.of(match("ngo")))));
    assertThat(meetings).containsExactly(new Meeting(1, WATER.guests(), List.of()),
        new Meeting(2, ENERGY.guests(), List.of(OrganizationId.of("ngo"))));
  }

  @Test
  void refusesPartnersOfAnotherTable() {
    assertThatThrownBy(() -> Meeting.of(WATER, invited(2, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the partners of table 2 are not those of table 1");
  }

  @Test
  void refusesATableNumberBelowOne() {
    assertThatThrownBy(() -> new Meeting(0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table's number must be 1 or more, not 0");
  }

  @Test
  void refusesNullCities() {
    assertThatThrownBy(() -> new Meeting(1, null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
