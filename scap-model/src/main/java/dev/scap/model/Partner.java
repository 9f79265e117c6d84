package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An organization's part in a project, or in a plan as a whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organization the organization, which must be one of the document's
 * @param role the part it plays
 * @param support what it gives, never {@code null}
 * @param note free text; may be {@code null}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Partner(
    @NotNull @ValidIdentifier OrganizationId organization,
    @NotNull PartnerRole role,
    List<SupportType> support,
    String note,
    Extensions extensions) {

  /**
   * Creates a partner.
   *
   * @param organization the organization
   * @param role its role
   * @param support what it gives; {@code null} for none
   * @param note free text
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if {@code support} holds {@code null}
   */
  public Partner {
    support = Copies.list(support, "support");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a partner with a role and the support it gives.
   *
   * @param organization the organization
   * @param role its role
   * @param support what it gives
   * @return the partner
   */
  public static Partner of(OrganizationId organization, PartnerRole role, SupportType... support) {
    return new Partner(organization, role, List.of(support), null, Extensions.NONE);
  }
}
