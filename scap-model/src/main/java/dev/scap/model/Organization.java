package dev.scap.model;

import dev.scap.model.constraints.CountryCode;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A strategic partner or another body that plans name: a development bank, an agency, a
 * ministry, a company.
 *
 * <p>Immutable and thread-safe. Optional components are {@code null} when not known; lists are
 * never {@code null}.
 *
 * @param id the organization's id, unique among the document's organizations
 * @param name its name
 * @param kind what kind of body it is
 * @param country its ISO 3166-1 alpha-2 country code; {@code null} for an international body
 * @param offers the kinds of support it provides
 * @param themes the themes it works on, each one of the document's
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Organization(
    @NotNull @ValidIdentifier OrganizationId id,
    @NotBlank String name,
    @NotNull OrganizationKind kind,
    @CountryCode String country,
    List<SupportType> offers,
    List<@ValidIdentifier ThemeId> themes,
    Extensions extensions) {

  /**
   * Creates an organization.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param country the country code
   * @param offers the support offered; {@code null} for none
   * @param themes the themes; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public Organization {
    offers = Copies.list(offers, "offers");
    themes = Copies.list(themes, "themes");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Returns an organization with only its required components.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @return the organization
   */
  public static Organization of(OrganizationId id, String name, OrganizationKind kind) {
    return new Organization(id, name, kind, null, List.of(), List.of(), Extensions.NONE);
  }

  /**
   * Returns a copy with another country.
   *
   * @param value the country code; {@code null} for none
   * @return the copy
   */
  public Organization withCountry(String value) {
    return new Organization(id, name, kind, value, offers, themes, extensions);
  }

  /**
   * Returns a copy with other support offered.
   *
   * @param value the support types
   * @return the copy
   */
  public Organization withOffers(List<SupportType> value) {
    return new Organization(id, name, kind, country, value, themes, extensions);
  }

  /**
   * Returns a copy with other themes.
   *
   * @param value the themes
   * @return the copy
   */
  public Organization withThemes(List<ThemeId> value) {
    return new Organization(id, name, kind, country, offers, value, extensions);
  }

  /**
   * Returns a copy with other extensions.
   *
   * @param value the extensions
   * @return the copy
   */
  public Organization withExtensions(Extensions value) {
    return new Organization(id, name, kind, country, offers, themes, value);
  }
}
