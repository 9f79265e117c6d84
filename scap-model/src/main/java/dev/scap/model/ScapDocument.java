package dev.scap.model;

import dev.scap.model.constraints.FormatVersion;
import dev.scap.model.constraints.SupportedVersion;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A SCAP document: the taxonomies of themes it uses, cities, organizations, the cities'
 * Smart City Action Plans and the events where they meet. It mirrors one JSON document of the
 * SCAP format.
 *
 * <p>Immutable and thread-safe. Lists are never {@code null}. A document may be held whatever
 * its problems; {@link dev.scap.model.validation.ScapValidator} tells what they are. The lookup
 * methods scan the lists, in time linear in the document's size.
 *
 * @param scapVersion the format version, {@code "MAJOR.MINOR"}
 * @param metadata what the document says of itself, never {@code null}
 * @param taxonomies the theme vocabularies it uses, at least one
 * @param cities the cities
 * @param organizations the organizations that plans name
 * @param plans the Smart City Action Plans
 * @param events the events, such as conferences, where the cities meet (format 1.1)
 * @param extensions data the format does not interpret, never {@code null}
 */
public record ScapDocument(
    @NotNull @FormatVersion @SupportedVersion String scapVersion,
    @Valid Metadata metadata,
    @NotEmpty List<@Valid Taxonomy> taxonomies,
    List<@Valid City> cities,
    List<@Valid Organization> organizations,
    List<@Valid Plan> plans,
    List<@Valid Event> events,
    Extensions extensions) {

  /**
   * The newest version of the format that this library reads and writes. It reads every
   * older minor version of the same major (a {@code "1.0"} document) and writes a document in
   * the version the document declares.
   */
  public static final String FORMAT_VERSION = "1.1";

  /**
   * Creates a document.
   *
   * @param scapVersion the format version
   * @param metadata the metadata; {@code null} for none
   * @param taxonomies the taxonomies; {@code null} for none
   * @param cities the cities; {@code null} for none
   * @param organizations the organizations; {@code null} for none
   * @param plans the plans; {@code null} for none
   * @param events the events; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public ScapDocument {
    metadata = metadata == null ? Metadata.EMPTY : metadata;
    taxonomies = Copies.list(taxonomies, "taxonomies");
    cities = Copies.list(cities, "cities");
    organizations = Copies.list(organizations, "organizations");
    plans = Copies.list(plans, "plans");
    events = Copies.list(events, "events");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Creates a document without events, as every document of format 1.0 is.
   *
   * @param scapVersion the format version
   * @param metadata the metadata; {@code null} for none
   * @param taxonomies the taxonomies; {@code null} for none
   * @param cities the cities; {@code null} for none
   * @param organizations the organizations; {@code null} for none
   * @param plans the plans; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public ScapDocument(String scapVersion, Metadata metadata, List<Taxonomy> taxonomies,
      List<City> cities, List<Organization> organizations, List<Plan> plans,
      Extensions extensions) {
    this(scapVersion, metadata, taxonomies, cities, organizations, plans, List.of(), extensions);
  }

  /**
   * Starts a document of the current format version.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder().scapVersion(FORMAT_VERSION);
  }

  /**
   * Returns a builder that starts from this document.
   *
   * @return a builder holding this document's components
   */
  public Builder toBuilder() {
    return new Builder().scapVersion(scapVersion).metadata(metadata).taxonomies(taxonomies)
        .cities(cities).organizations(organizations).plans(plans).events(events)
        .extensions(extensions);
  }

  /**
   * Returns the city with an id.
   *
   * @param id the city's id
   * @return the first city with that id, empty if there is none
   */
  public Optional<City> city(CityId id) {
    Objects.requireNonNull(id, "id");
    return cities.stream().filter(c -> id.equals(c.id())).findFirst();
  }

  /**
   * Returns the organization with an id.
   *
   * @param id the organization's id
   * @return the first organization with that id, empty if there is none
   */
  public Optional<Organization> organization(OrganizationId id) {
    Objects.requireNonNull(id, "id");
    return organizations.stream().filter(o -> id.equals(o.id())).findFirst();
  }

  /**
   * Returns the plan with an id.
   *
   * @param id the plan's id
   * @return the first plan with that id, empty if there is none
   */
  public Optional<Plan> plan(PlanId id) {
    Objects.requireNonNull(id, "id");
    return plans.stream().filter(p -> id.equals(p.id())).findFirst();
  }

  /**
   * Returns the event with an id.
   *
   * @param id the event's id
   * @return the first event with that id, empty if there is none
   */
  public Optional<Event> event(EventId id) {
    Objects.requireNonNull(id, "id");
    return events.stream().filter(e -> id.equals(e.id())).findFirst();
  }

  /**
   * Returns the taxonomy with an id.
   *
   * @param id the taxonomy's id
   * @return the first taxonomy with that id, empty if there is none
   */
  public Optional<Taxonomy> taxonomy(TaxonomyId id) {
    Objects.requireNonNull(id, "id");
    return taxonomies.stream().filter(t -> id.equals(t.id())).findFirst();
  }

  /**
   * Returns the theme with an id, from whichever taxonomy holds it.
   *
   * @param id the theme's id
   * @return the first theme with that id, empty if there is none
   */
  public Optional<Theme> theme(ThemeId id) {
    Objects.requireNonNull(id, "id");
    return taxonomies.stream().flatMap(t -> t.themes().stream())
        .filter(t -> id.equals(t.id())).findFirst();
  }

  /**
   * Returns the taxonomy that holds a theme.
   *
   * @param id the theme's id
   * @return the first taxonomy with a theme of that id, empty if there is none
   */
  public Optional<Taxonomy> taxonomyOf(ThemeId id) {
    Objects.requireNonNull(id, "id");
    return taxonomies.stream().filter(t -> t.theme(id).isPresent()).findFirst();
  }

  /**
   * Returns the themes that a theme refines, nearest first: its {@code broader} theme, that
   * theme's {@code broader}, and so on up to a top-level theme. The chain stops early at a theme
   * the document does not hold, or where it would come back to a theme already in it.
   *
   * @param id the theme's id
   * @return the broader themes, nearest first; empty for a top-level or unknown theme
   */
  public List<Theme> broaderChain(ThemeId id) {
    List<Theme> chain = new ArrayList<>();
    Set<ThemeId> seen = new HashSet<>();
    seen.add(id);
    ThemeId next = theme(id).map(Theme::broader).orElse(null);
    while (next != null && seen.add(next)) {
      Optional<Theme> theme = theme(next);
      if (theme.isEmpty()) {
        break;
      }
      chain.add(theme.get());
      next = theme.get().broader();
    }
    return List.copyOf(chain);
  }

  /**
   * Returns the top-level theme that a theme belongs to: the last of its {@link #broaderChain},
   * or the theme itself if it refines none.
   *
   * @param id the theme's id
   * @return the top-level theme's id
   */
  public ThemeId topLevelTheme(ThemeId id) {
    List<Theme> chain = broaderChain(id);
    return chain.isEmpty() ? id : chain.get(chain.size() - 1).id();
  }

  /**
   * Returns the plans of a city, in document order.
   *
   * @param city the city's id
   * @return its plans; empty if it has none
   */
  public List<Plan> plansOf(CityId city) {
    Objects.requireNonNull(city, "city");
    return plans.stream().filter(p -> city.equals(p.city())).toList();
  }

  /**
   * Returns the plan of a city that analyses use for a reference year: the plan whose period
   * contains the year, else the latest (see {@link #latestPlan}). Among several plans whose
   * periods contain the year, the latest of them.
   *
   * @param city the city's id
   * @param year the reference year
   * @return the plan, empty if the city has none
   */
  public Optional<Plan> planFor(CityId city, int year) {
    return PlanChoice.choose(plansOf(city), year);
  }

  /**
   * Returns the latest plan of a city: the one whose period ends last, then starts last, then
   * comes last in the document. A plan without a period counts as older than any with one.
   *
   * @param city the city's id
   * @return the plan, empty if the city has none
   */
  public Optional<Plan> latestPlan(CityId city) {
    return PlanChoice.latest(plansOf(city));
  }

  /**
   * Returns every project of every plan, in document order.
   *
   * @return the projects
   */
  public Stream<Project> projects() {
    return plans.stream().flatMap(p -> p.projects().stream());
  }

  /** Builds a {@link ScapDocument}; not thread-safe. */
  public static final class Builder {
    private String scapVersion;
    private Metadata metadata;
    private List<Taxonomy> taxonomies = new ArrayList<>();
    private List<City> cities = new ArrayList<>();
    private List<Organization> organizations = new ArrayList<>();
    private List<Plan> plans = new ArrayList<>();
    private List<Event> events = new ArrayList<>();
    private Extensions extensions;

    private Builder() {}

    /**
     * Sets the format version.
     *
     * @param value the version, such as {@code "1.1"}
     * @return this builder
     */
    public Builder scapVersion(String value) {
      scapVersion = value;
      return this;
    }

    /**
     * Sets the metadata.
     *
     * @param value the metadata
     * @return this builder
     */
    public Builder metadata(Metadata value) {
      metadata = value;
      return this;
    }

    /**
     * Sets the taxonomies, in place of any set or added before.
     *
     * @param value the taxonomies
     * @return this builder
     */
    public Builder taxonomies(List<Taxonomy> value) {
      taxonomies = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds taxonomies.
     *
     * @param value the taxonomies to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addTaxonomies(Taxonomy... value) {
      taxonomies.addAll(Copies.elements("taxonomies", value));
      return this;
    }

    /**
     * Sets the cities, in place of any set or added before.
     *
     * @param value the cities
     * @return this builder
     */
    public Builder cities(List<City> value) {
      cities = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds cities.
     *
     * @param value the cities to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addCities(City... value) {
      cities.addAll(Copies.elements("cities", value));
      return this;
    }

    /**
     * Sets the organizations, in place of any set or added before.
     *
     * @param value the organizations
     * @return this builder
     */
    public Builder organizations(List<Organization> value) {
      organizations = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds organizations.
     *
     * @param value the organizations to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addOrganizations(Organization... value) {
      organizations.addAll(Copies.elements("organizations", value));
      return this;
    }

    /**
     * Sets the plans, in place of any set or added before.
     *
     * @param value the plans
     * @return this builder
     */
    public Builder plans(List<Plan> value) {
      plans = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds plans.
     *
     * @param value the plans to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addPlans(Plan... value) {
      plans.addAll(Copies.elements("plans", value));
      return this;
    }

    /**
     * Sets the events, in place of any set or added before.
     *
     * @param value the events
     * @return this builder
     */
    public Builder events(List<Event> value) {
      events = new ArrayList<>(value);
      return this;
    }

    /**
     * Adds events.
     *
     * @param value the events to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addEvents(Event... value) {
      events.addAll(Copies.elements("events", value));
      return this;
    }

    /**
     * Sets the extensions.
     *
     * @param value the extensions
     * @return this builder
     */
    public Builder extensions(Extensions value) {
      extensions = value;
      return this;
    }

    /**
     * Builds the document.
     *
     * @return a new document
     * @throws NullPointerException if a list holds {@code null}
     */
    public ScapDocument build() {
      return new ScapDocument(scapVersion, metadata, taxonomies, cities, organizations, plans,
          events, extensions);
    }
  }
}
