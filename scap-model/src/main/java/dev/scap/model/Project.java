package dev.scap.model;

import dev.scap.model.constraints.DatesInOrder;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A priority project of a plan.
 *
 * <p>Immutable and thread-safe. Optional components are {@code null} when not known; lists are
 * never {@code null}. A valid project has an id, a title and at least one theme.
 *
 * @param id the project's id, unique among the document's projects
 * @param title the project's title
 * @param description what the project does; may be {@code null}
 * @param themes the themes it works on, at least one
 * @param stage how far it has come; may be {@code null}
 * @param start when it starts; may be {@code null}
 * @param end when it ends, not before {@code start}; may be {@code null}
 * @param cost what it costs; may be {@code null}
 * @param supportNeeded the kinds of support it needs
 * @param partners the organizations that take part in it
 * @param indicators how its progress is measured
 * @param extensions data the format does not interpret, never {@code null}
 */
@DatesInOrder
public record Project(
    @NotNull @ValidIdentifier ProjectId id,
    @NotBlank String title,
    String description,
    @NotEmpty List<@ValidIdentifier ThemeId> themes,
    Stage stage,
    LocalDate start,
    LocalDate end,
    @Valid Money cost,
    List<SupportType> supportNeeded,
    List<@Valid Partner> partners,
    List<@Valid Indicator> indicators,
    Extensions extensions) {

  /**
   * Creates a project.
   *
   * @param id the id
   * @param title the title
   * @param description the description
   * @param themes the themes; {@code null} for none
   * @param stage the stage
   * @param start the start
   * @param end the end
   * @param cost the cost
   * @param supportNeeded the support needed; {@code null} for none
   * @param partners the partners; {@code null} for none
   * @param indicators the indicators; {@code null} for none
   * @param extensions extensions, {@code null} for none
   * @throws NullPointerException if a list holds {@code null}
   */
  public Project {
    themes = Copies.list(themes, "themes");
    supportNeeded = Copies.list(supportNeeded, "supportNeeded");
    partners = Copies.list(partners, "partners");
    indicators = Copies.list(indicators, "indicators");
    extensions = Copies.extensions(extensions);
  }

  /**
   * Starts a project with its required components.
   *
   * @param id the id
   * @param title the title
   * @param themes the themes
   * @return a builder
   */
  public static Builder builder(ProjectId id, String title, ThemeId... themes) {
    return new Builder().id(id).title(title).themes(List.of(themes));
  }

  /**
   * Returns a builder that starts from this project.
   *
   * @return a builder holding this project's components
   */
  public Builder toBuilder() {
    return new Builder().id(id).title(title).description(description).themes(themes)
        .stage(stage).start(start).end(end).cost(cost).supportNeeded(supportNeeded)
        .partners(partners).indicators(indicators).extensions(extensions);
  }

  /**
   * Tells whether the project works on a theme.
   *
   * @param theme the theme
   * @return whether {@code theme} is one of {@link #themes()}
   */
  public boolean isOn(ThemeId theme) {
    return themes.contains(theme);
  }

  /** Builds a {@link Project}; not thread-safe. */
  public static final class Builder {
    private ProjectId id;
    private String title;
    private String description;
    private List<ThemeId> themes;
    private Stage stage;
    private LocalDate start;
    private LocalDate end;
    private Money cost;
    private List<SupportType> supportNeeded;
    private List<Partner> partners;
    private List<Indicator> indicators;
    private Extensions extensions;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value the id
     * @return this builder
     */
    public Builder id(ProjectId value) {
      id = value;
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
     * Sets the description.
     *
     * @param value the description
     * @return this builder
     */
    public Builder description(String value) {
      description = value;
      return this;
    }

    /**
     * Sets the themes, in place of any set or added before.
     *
     * @param value the themes
     * @return this builder
     */
    public Builder themes(List<ThemeId> value) {
      themes = value;
      return this;
    }

    /**
     * Adds themes.
     *
     * @param value the themes to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addThemes(ThemeId... value) {
      themes = Copies.appended(themes, Copies.elements("themes", value));
      return this;
    }

    /**
     * Sets the stage.
     *
     * @param value the stage
     * @return this builder
     */
    public Builder stage(Stage value) {
      stage = value;
      return this;
    }

    /**
     * Sets the start date.
     *
     * @param value the start date
     * @return this builder
     */
    public Builder start(LocalDate value) {
      start = value;
      return this;
    }

    /**
     * Sets the end date.
     *
     * @param value the end date
     * @return this builder
     */
    public Builder end(LocalDate value) {
      end = value;
      return this;
    }

    /**
     * Sets the cost.
     *
     * @param value the cost
     * @return this builder
     */
    public Builder cost(Money value) {
      cost = value;
      return this;
    }

    /**
     * Sets the support needed, in place of any set or added before.
     *
     * @param value the support needed
     * @return this builder
     */
    public Builder supportNeeded(List<SupportType> value) {
      supportNeeded = value;
      return this;
    }

    /**
     * Adds kinds of support needed.
     *
     * @param value the kinds of support needed to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addSupportNeeded(SupportType... value) {
      supportNeeded = Copies.appended(supportNeeded, Copies.elements("supportNeeded", value));
      return this;
    }

    /**
     * Sets the partners, in place of any set or added before.
     *
     * @param value the partners
     * @return this builder
     */
    public Builder partners(List<Partner> value) {
      partners = value;
      return this;
    }

    /**
     * Adds partners.
     *
     * @param value the partners to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addPartners(Partner... value) {
      partners = Copies.appended(partners, Copies.elements("partners", value));
      return this;
    }

    /**
     * Sets the indicators, in place of any set or added before.
     *
     * @param value the indicators
     * @return this builder
     */
    public Builder indicators(List<Indicator> value) {
      indicators = value;
      return this;
    }

    /**
     * Adds indicators.
     *
     * @param value the indicators to add
     * @return this builder
     * @throws NullPointerException if {@code value} is or holds {@code null}; the builder is
     *     then unchanged
     */
    public Builder addIndicators(Indicator... value) {
      indicators = Copies.appended(indicators, Copies.elements("indicators", value));
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
     * Builds the project.
     *
     * @return a new project
     * @throws NullPointerException if a list holds {@code null}
     */
    public Project build() {
      return new Project(id, title, description, themes, stage, start, end, cost, supportNeeded,
          partners, indicators, extensions);
    }
  }
}
