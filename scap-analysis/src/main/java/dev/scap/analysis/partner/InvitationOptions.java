package dev.scap.analysis.partner;

import dev.scap.model.OrganizationId;
import java.util.List;

/**
 * How {@link Invitations} invites organizations to a roundtable's tables. Immutable and
 * thread-safe.
 *
 * @param seats the organizations ranked in at each table: at most this many, more only when
 *     candidates tie at the last seat; 0 or more
 * @param asked the organizations invited to every table whatever their rank, in the order given,
 *     without repeats; they take no seat and no table of their limit
 * @param tablesPerPartner the most tables an organization is ranked in at, 1 or more;
 *     {@link #UNLIMITED} for no limit
 */
public record InvitationOptions(int seats, List<OrganizationId> asked, int tablesPerPartner) {

  /** No limit on the tables of an organization. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** Three seats per table, nobody asked for, no limit per organization. */
  public static final InvitationOptions DEFAULTS = new InvitationOptions(3, List.of(), UNLIMITED);

  /**
   * Creates options.
   *
   * @param seats the seats per table
   * @param asked the organizations asked for
   * @param tablesPerPartner the most tables per organization
   * @throws NullPointerException if {@code asked} is or holds {@code null}
   * @throws IllegalArgumentException if {@code seats} is negative, {@code tablesPerPartner}
   *     below 1, or an organization is asked for twice
   */
  public InvitationOptions {
    asked = List.copyOf(asked);
    if (seats < 0) {
      throw new IllegalArgumentException("seats must not be negative: " + seats);
    }
    if (tablesPerPartner < 1) {
      throw new IllegalArgumentException("tablesPerPartner must be 1 or more: "
          + tablesPerPartner);
    }
    if (asked.stream().distinct().count() < asked.size()) {
      throw new IllegalArgumentException("an organization is asked for twice: " + asked);
    }
  }

  /**
   * Returns a copy with another number of seats.
   *
   * @param value the seats per table
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public InvitationOptions withSeats(int value) {
    return new InvitationOptions(value, asked, tablesPerPartner);
  }

  /**
   * Returns a copy with other organizations asked for.
   *
   * @param value the organizations
   * @return the copy
   * @throws IllegalArgumentException if an organization is asked for twice
   */
  public InvitationOptions withAsked(List<OrganizationId> value) {
    return new InvitationOptions(seats, value, tablesPerPartner);
  }

  /**
   * Returns a copy with another limit per organization.
   *
   * @param value the most tables per organization, or {@link #UNLIMITED}
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public InvitationOptions withTablesPerPartner(int value) {
    return new InvitationOptions(seats, asked, value);
  }
}
