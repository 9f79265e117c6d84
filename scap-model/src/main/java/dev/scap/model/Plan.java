package dev.scap.model;

import dev.scap.model.constraints.UniqueFocusThemes;
import dev.scap.model.constraints.UniquePriorities;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Smart City Action Plan: a city's vision, the themes it focuses on, and its priority
 * projects.
 *
 * <p>Immutable and thread-safe. Optional components are {@code null} when not known; lists are
 * never {@code null}.
 *
 * @param id the plan's id, unique among the document's plans
 * @param city the city whose plan it is, which must be one of the document's
 * @param title the plan's title
 * @param adopted when it was adopted; may be {@code null}
 * @param period the years it covers; may be {@code null}
 * @param vision the city's vision; may be {@code null}
 * @param focusAreas the themes it focuses on, at least one, each theme once
 * @param targets its strategic targets
 * @param projects its priority projects
 * @param partners partners of the plan as a whole
 * @param extensions data the format does not interpret, never {@code null}
 */
public record Plan(
    @NotNull @ValidIdentifier PlanId id,
    @NotNull @ValidIdentifier CityId city,
    @NotBlank String title,
    LocalDate adopted,
    @Valid Period period,
    String vision,
    @NotEmpty @UniquePriorities @UniqueFocusThemes List<@Valid FocusArea> focusAreas,
    List<@Valid Target> targets,
    List<@Valid Project> projects,
    List<@Valid Partner> partners,
    Extensions extensions) {

  /**
   * Creates a plan.
   *
   * @param id the id
   * @param city the city
   * @param title the title
   * @param adopted the adoption date
   * @param period the period
   * @param vision the vision
   * @param focusAreas the focus areas; {@code null} for none
   * @param targets the targets; {@code null} for none
   * @param projects the projects; {@code null} for none
   * @param partners the partners; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public Plan {
    focusAreas = Copies.list(focusAreas, "focusAreas");
    targets = Copies.list(targets, "targets");
    projects = Copies.list(projects, "projects");
    partners = Copies.list(partners, "partners");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Starts a plan with its required components.
   *
   * @param id the id
   * @param city the city
   * @param title the title
   * @return a builder
   */
  public static Builder builder(PlanId id, CityId city, String title) {
    return new Builder().id(id).city(city).title(title);
  }

  /**
   * Returns a builder that starts from this plan.
   *
   * @return a builder holding this plan's components
   */
  public Builder toBuilder() {
    return new Builder().id(id).city(city).title(title).adopted(adopted).period(period)
        .vision(vision).focusAreas(focusAreas).targets(targets).projects(projects)
        .partners(partners).extensions(extensions);
  }

  /**
   * Returns the plan's projects that name a theme, in plan order.
   *
   * @param theme the theme
   * @return the projects on {@code theme}; empty if none
   */
  public List<Project> projectsOn(ThemeId theme) {
    return projects.stream().filter(p -> p.isOn(theme)).toList();
  }

  /**
   * Returns the focus area on a theme.
   *
   * @param theme the theme
   * @return the focus area, empty if the plan does not focus on {@code theme}
   */
  public Optional<FocusArea> focusArea(ThemeId theme) {
    return focusAreas.stream().filter(f -> theme.equals(f.theme())).findFirst();
  }

  /**
   * Returns the project with an id.
   *
   * @param id the project's id
   * @return the project, empty if the plan has none with that id
   */
  public Optional<Project> project(ProjectId id) {
    return projects.stream().filter(p -> id.equals(p.id())).findFirst();
  }

  /** Builds a {@link Plan}; not thread-safe. */
  public static final class Builder {
    private PlanId id;
    private CityId city;
    private String title;
    private LocalDate adopted;
    private Period period;
    private String vision;
    private List<FocusArea> focusAreas;
    private List<Target> targets;
    private List<Project> projects;
    private List<Partner> partners;
    private Extensions extensions;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value the id
     * @return this builder
     */
    public Builder id(PlanId value) {
      id = value;
      return this;
    }

    /**
     * Sets the city.
     *
     * @param value the city
     * @return this builder
     */
    public Builder city(CityId value) {
      city = value;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param value the title
     * @return this builder
     */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /**
     * Sets the adoption date.
     *
     * @param value the date
     * @return this builder
     */
    public Builder adopted(LocalDate value) {
      adopted = value;
      return this;
    }

    /**
     * Sets the period.
     *
     * @param value the period
     * @return this builder
     */
    public Builder period(Period value) {
      period = value;
      return this;
    }

    /**
     * Sets the vision.
     *
     * @param value the vision
     * @return this builder
     */
    public Builder vision(String value) {
      vision = value;
      return this;
    }

    /**
     * Sets the focus areas, in place of any set or added before.
     *
     * @param value the focus areas
     * @return this builder
     */
    public Builder focusAreas(List<FocusArea> value) {
      focusAreas = value;
      return this;
    }

    /**
     * Adds focus areas.
     *
     * @param value the focus areas to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addFocusAreas(FocusArea... value) {
      focusAreas = Copies.appended(focusAreas, Copies.elements("focusAreas", value));
      return this;
    }

    /**
     * Sets the targets, in place of any set or added before.
     *
     * @param value the targets
     * @return this builder
     */
    public Builder targets(List<Target> value) {
      targets = value;
      return this;
    }

    /**
     * Adds targets.
     *
     * @param value the targets to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addTargets(Target... value) {
      targets = Copies.appended(targets, Copies.elements("targets", value));
      return this;
    }

    /**
     * Sets the projects, in place of any set or added before.
     *
     * @param value the projects
     * @return this builder
     */
    public Builder projects(List<Project> value) {
      projects = value;
      return this;
    }

    /**
     * Adds projects.
     *
     * @param value the projects to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addProjects(Project... value) {
      projects = Copies.appended(projects, Copies.elements("projects", value));
      return this;
    }

    /**
     * Sets the partners of the plan as a whole, in place of any set or added before.
     *
     * @param value the partners
     * @return this builder
     */
    public Builder partners(List<Partner> value) {
      partners = value;
      return this;
    }

    /**
     * Adds partners of the plan as a whole.
     *
     * @param value the partners of the plan as a whole to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addPartners(Partner... value) {
      partners = Copies.appended(partners, Copies.elements("partners", value));
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
     * Builds the plan.
     *
     * @return a new plan
     * @throws NullPointerException if a list holds {@code null}
     */
    public Plan build() {
      return new Plan(id, city, title, adopted, period, vision, focusAreas, targets, projects,
          partners, extensions);
    }
  }
}
