package dev.scap.model;

import dev.scap.model.constraints.Latitude;
import dev.scap.model.constraints.Longitude;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A point on the earth, in decimal degrees (WGS 84). Coordinates are held exactly as written.
 *
 * <p>Immutable and thread-safe. A valid location has both coordinates, in range.
 *
 * @param lat the latitude, in [-90, 90]
 * @param lon the longitude, in [-180, 180]
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Location(
    @NotNull @Latitude BigDecimal lat, @NotNull @Longitude BigDecimal lon, Extensions extensions) {

  /**
   * Creates a location.
   *
   * @param lat the latitude
   * @param lon the longitude
   * @param extensions extensions, {@code null} for none
   */
  public Location {
    lat = Copies.decimal(lat);
    lon = Copies.decimal(lon);
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns the location at the given coordinates, taken as their shortest decimal form.
   *
   * @param lat the latitude
   * @param lon the longitude
   * @return the location
   * @throws NumberFormatException if a coordinate is not finite
   */
  public static Location of(double lat, double lon) {
    return new Location(BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), Extensions.NONE);
  }
}
