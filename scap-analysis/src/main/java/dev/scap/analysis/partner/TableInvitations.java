package dev.scap.analysis.partner;

import dev.scap.model.OrganizationId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organizations invited to one table of a roundtable plan. Immutable and thread-safe.
 *
 * @param table the table's number in its plan
 * @param theme the table's theme
 * @param seats the seats offered to ranked organizations ({@link InvitationOptions#seats()})
 * @param invited those asked for, in the order asked, then those ranked in, strongest first
 *     and equals by organization id
 * @param tied the ranked invitees that tie with the one at the last seat, when they make the
 *     table exceed its seats (all of them are invited); else empty
 * @param atLimit candidates the table would have taken but that were already invited to
 *     {@link InvitationOptions#tablesPerPartner()} tables, strongest first
 * @param whyNobody why nobody is invited; {@code null} if someone is
 */
public record TableInvitations(int table, ThemeId theme, int seats, List<Invitee> invited,
    List<OrganizationId> tied, List<OrganizationId> atLimit, NoInvitation whyNobody) {

  /**
   * Creates the entry.
   *
   * @param table the table's number
   * @param theme the theme
   * @param seats the seats
   * @param invited the invitees
   * @param tied the tied invitees
   * @param atLimit the candidates at their limit
   * @param whyNobody why nobody is invited, or {@code null}
   * @throws NullPointerException if a list is or holds {@code null}, or {@code theme} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code whyNobody} is given with invitees or missing
   *     without
   */
  public TableInvitations {
    Objects.requireNonNull(theme, "theme");
    invited = List.copyOf(invited);
    tied = List.copyOf(tied);
    atLimit = List.copyOf(atLimit);
    if (invited.isEmpty() == (whyNobody == null)) {
      throw new IllegalArgumentException("a table says why nobody is invited, and only then");
    }
  }

  /**
   * Returns why nobody is invited.
   *
   * @return the reason, empty if someone is invited
   */
  public Optional<NoInvitation> nobodyBecause() {
    return Optional.ofNullable(whyNobody);
  }

  /**
   * Returns the organizations ranked in, without those asked for.
   *
   * @return the ranked invitees, strongest first
   */
  public List<Invitee> ranked() {
    return invited.stream().filter(i -> !i.asked()).toList();
  }
}
