package dev.scap.model;

import dev.scap.model.constraints.CountryCode;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotBlank;

/**
 * Where an event takes place. Immutable and thread-safe; optional components are {@code null}
 * when not known.
 *
 * @param name the venue's name, such as a hotel's
 * @param address its street address
 * @param city the city it is in, as a name (the venue's city need not be a city of the
 *     document)
 * @param country its ISO 3166-1 alpha-2 country code
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Venue(
    @NotBlank String name,
    String address,
    String city,
    @CountryCode String country,
    Extensions extensions) {

  /**
   * Creates a venue.
   *
   * @param name the name
   * @param address the address; {@code null} if not known
   * @param city the city's name; {@code null} if not known
   * @param country the country code; {@code null} if not known
   * @param extensions extensions, {@code null} for none
   */
  public Venue {
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a venue with a name only.
   *
   * @param name the name
   * @return the venue
   */
  public static Venue of(String name) {
    return new Venue(name, null, null, null, Extensions.NONE);
  }
}
