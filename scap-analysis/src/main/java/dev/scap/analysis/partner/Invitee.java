package dev.scap.analysis.partner;

import dev.scap.model.OrganizationId;
import java.util.List;
import java.util.Objects;

/**
 * An organization invited to a table, where it stands and why. Immutable and thread-safe.
 *
 * @param organization the organization
 * @param standing where it stands for the table
 * @param reasons why: {@link InvitationReason.AskedFor} first if it was asked for, then each
 *     partnership with a guest (guests in table order, projects in plan order), then
 *     {@link InvitationReason.WorksOnTheme}, then {@link InvitationReason.OffersNeeds}; never
 *     empty
 */
public record Invitee(OrganizationId organization, Standing standing,
    List<InvitationReason> reasons) {

  /**
   * Creates an invitee.
   *
   * @param organization the organization
   * @param standing its standing
   * @param reasons its reasons
   * @throws NullPointerException if an argument is or holds {@code null}
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  public Invitee {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(standing, "standing");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an invitee needs a reason: " + organization);
    }
  }

  /**
   * Tells whether the organization was asked for.
   *
   * @return whether its first reason is {@link InvitationReason.AskedFor}
   */
  public boolean asked() {
    return reasons.get(0) instanceof InvitationReason.AskedFor;
  }
}
