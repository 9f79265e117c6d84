package dev.scap.model;

import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotNull;

/**
 * An organization taking part in an event, in one role. An organization with several roles is
 * listed once per role. Immutable and thread-safe.
 *
 * @param organization the organization, one of the document's
 * @param role the part it plays
 * @param extensions data the format does not interpret, never {@code null}
 */
public record EventOrganization(
    @NotNull @ValidIdentifier OrganizationId organization,
    @NotNull EventRole role,
    Extensions extensions) {

  /**
   * Creates the entry.
   *
   * @param organization the organization
   * @param role the role
   * @param extensions extensions, {@code null} for none
   */
  public EventOrganization {
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns an entry without extensions.
   *
   * @param organization the organization
   * @param role the role
   * @return the entry
   */
  public static EventOrganization of(OrganizationId organization, EventRole role) {
    return new EventOrganization(organization, role, Extensions.NONE);
  }
}
