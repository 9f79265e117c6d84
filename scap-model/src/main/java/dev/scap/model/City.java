package dev.scap.model;

import dev.scap.model.constraints.CountryCode;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A city.
 *
 * <p>Immutable and thread-safe. Optional components are {@code null} when not known; lists are
 * never {@code null}.
 *
 * @param id the city's id, unique among the document's cities
 * @param name the city's name
 * @param country its ISO 3166-1 alpha-2 country code, such as {@code "KH"}
 * @param population its population, not negative; may be {@code null}
 * @param location where it lies; may be {@code null}
 * @param networks the ids of the city networks it belongs to, such as {@code "ascn"}
 * @param extensions data the format does not interpret, never {@code null}
 */
public record City(
    @NotNull @ValidIdentifier CityId id,
    @NotBlank String name,
    @NotNull @CountryCode String country,
    @PositiveOrZero Long population,
    @Valid Location location,
    List<@ValidIdentifier String> networks,
    Extensions extensions) {

  /**
   * Creates a city.
   *
   * @param id the id
   * @param name the name
   * @param country the country code
   * @param population the population
   * @param location the location
   * @param networks the networks; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if {@code networks} holds {@code null}
   */
  public City {
    networks = Copies.list(networks, "networks");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns a city with only its required components.
   *
   * @param id the id
   * @param name the name
   * @param country the ISO 3166-1 alpha-2 country code
   * @return the city
   */
  public static City of(CityId id, String name, String country) {
    return new City(id, name, country, null, null, List.of(), Extensions.NONE);
  }

  /**
   * Returns a copy with another population.
   *
   * @param value the population; {@code null} if not known
   * @return the copy
   */
  public City withPopulation(Long value) {
    return new City(id, name, country, value, location, networks, extensions);
  }

  /**
   * Returns a copy with another location.
   *
   * @param value the location; {@code null} if not known
   * @return the copy
   */
  public City withLocation(Location value) {
    return new City(id, name, country, population, value, networks, extensions);
  }

  /**
   * Returns a copy with other networks.
   *
   * @param value the networks
   * @return the copy
   */
  public City withNetworks(List<String> value) {
    return new City(id, name, country, population, location, value, extensions);
  }

  /**
   * Returns a copy with other extensions.
   *
   * @param value the extensions
   * @return the copy
   */
  public City withExtensions(Extensions value) {
    return new City(id, name, country, population, location, networks, value);
  }
}
