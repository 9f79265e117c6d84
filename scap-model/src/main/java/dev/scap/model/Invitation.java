package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotNull;

/**
 * An organization invited to a roundtable table, with why. Immutable and thread-safe.
 *
 * @param organization the organization, one of the document's
 * @param note why it is invited, for a person; {@code null} if not said
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Invitation(
    @NotNull @ValidIdentifier OrganizationId organization,
    String note,
    Extensions extensions) {

  /**
   * Creates an invitation.
   *
   * @param organization the organization
   * @param note the reason; {@code null} for none
   * @param extensions extensions, {@code null} for none
   */
  public Invitation {
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns an invitation with a reason.
   *
   * @param organization the organization
   * @param note the reason; {@code null} for none
   * @return the invitation
   */
  public static Invitation of(OrganizationId organization, String note) {
    return new Invitation(organization, note, Extensions.NONE);
  }
}
