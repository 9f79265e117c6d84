package dev.scap.analysis.timetable;

import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import java.util.Objects;

/**
 * What two tables have in common that keeps them out of one slot. Implementations are
 * immutable and thread-safe.
 */
public sealed interface Shared {

  /**
   * A city at both tables: its mayor cannot be at both.
   *
   * @param city the city
   */
  record City(CityId city) implements Shared {

    /**
     * Creates the record.
     *
     * @param city the city
     * @throws NullPointerException if {@code city} is {@code null}
     */
    public City {
      Objects.requireNonNull(city, "city");
    }
  }

  /**
   * An organization invited to both tables.
   *
   * @param organization the organization
   */
  record Organization(OrganizationId organization) implements Shared {

    /**
     * Creates the record.
     *
     * @param organization the organization
     * @throws NullPointerException if {@code organization} is {@code null}
     */
    public Organization {
      Objects.requireNonNull(organization, "organization");
    }
  }
}
