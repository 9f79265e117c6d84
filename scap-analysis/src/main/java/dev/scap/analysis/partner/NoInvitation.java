package dev.scap.analysis.partner;

import dev.scap.model.OrganizationId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * Why a table invites nobody. Implementations are immutable and thread-safe.
 */
public sealed interface NoInvitation {

  /** No seat is offered ({@link InvitationOptions#seats()} is 0) and nobody is asked for. */
  record NoSeats() implements NoInvitation {}

  /**
   * No organization of the document works on the theme or partners a guest.
   *
   * @param theme the table's theme
   */
  record NoCandidate(ThemeId theme) implements NoInvitation {

    /**
     * Creates the reason.
     *
     * @param theme the theme
     * @throws NullPointerException if {@code theme} is {@code null}
     */
    public NoCandidate {
      Objects.requireNonNull(theme, "theme");
    }
  }

  /**
   * Every candidate is invited to as many tables as an organization may be.
   *
   * @param organizations the candidates, best first
   * @param limit the most tables per organization
   */
  record AtTableLimit(List<OrganizationId> organizations, int limit) implements NoInvitation {

    /**
     * Creates the reason.
     *
     * @param organizations the candidates
     * @param limit the limit
     * @throws NullPointerException if {@code organizations} is or holds {@code null}
     */
    public AtTableLimit {
      organizations = List.copyOf(organizations);
    }
  }
}
