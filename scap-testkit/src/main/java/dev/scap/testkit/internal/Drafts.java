package dev.scap.testkit.internal;

import dev.scap.model.City;
import dev.scap.model.Extensions;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.Target;
import dev.scap.model.Theme;
import java.util.List;

/**
 * The random parts of a document before its references are resolved. Generators draw these
 * independently of each other, so that jqwik can shrink each part on its own; references are
 * drawn as plain numbers ("choices") that {@link DocumentAssembly} maps onto the objects that
 * exist, always to a valid target. A choice of 0 names the first candidate, so shrinking a
 * choice makes the reference simpler.
 *
 * <p>All drafts are immutable values.
 */
public final class Drafts {

  private Drafts() {}

  /**
   * A taxonomy to generate, or the place of a built-in one.
   *
   * @param builtIn whether to copy a built-in taxonomy instead (only the first two taxonomies
   *     of a document may: the first copies {@code ascf-2018}, the second {@code wego-ascn-2019})
   * @param stem the start of its id
   * @param name its name
   * @param themes its themes
   * @param extensions its extensions
   */
  public record TaxonomyDraft(
      boolean builtIn, String stem, String name, List<ThemeDraft> themes, Extensions extensions) {}

  /**
   * A theme: its id's stem is in {@code body.id()}; {@code broader} is chosen among the themes
   * before it in its taxonomy, so that chains never cycle.
   *
   * @param body the theme, with a placeholder id and no broader theme
   * @param broaderChoice which earlier theme it refines; {@code null} for a top-level theme
   */
  public record ThemeDraft(Theme body, Integer broaderChoice) {}

  /**
   * An organization: its id's stem is in {@code body.id()}.
   *
   * @param body the organization, with a placeholder id and no themes
   * @param themeChoices the themes it works on, among all of the document's
   */
  public record OrganizationDraft(Organization body, List<Integer> themeChoices) {}

  /**
   * A city and its plans: its id's stem is in {@code body.id()}.
   *
   * @param body the city, with a placeholder id
   * @param plans its plans
   */
  public record CityDraft(City body, List<PlanDraft> plans) {}

  /**
   * A plan: its id's stem is in {@code body.id()}.
   *
   * @param order where the plan goes among the document's plans: by order, then by city
   * @param body the plan, with placeholder id and city and no focus areas, targets, projects or
   *     partners
   * @param focusAreas its focus areas
   * @param targets its targets
   * @param projects its projects
   * @param partners its partners
   */
  public record PlanDraft(
      int order,
      Plan body,
      List<FocusDraft> focusAreas,
      List<TargetDraft> targets,
      List<ProjectDraft> projects,
      List<PartnerDraft> partners) {}

  /**
   * A focus area.
   *
   * @param themeChoice its theme, among all of the document's not yet a focus area of the plan
   * @param priority its wished priority, raised past those already taken; {@code null} for
   *     none
   * @param challenges its challenges
   * @param extensions its extensions
   */
  public record FocusDraft(
      int themeChoice, Integer priority, List<String> challenges, Extensions extensions) {}

  /**
   * A target.
   *
   * @param body the target, without theme
   * @param themeChoice its theme, among all of the document's; {@code null} for none
   */
  public record TargetDraft(Target body, Integer themeChoice) {}

  /**
   * A project: its id's stem is in {@code body.id()}.
   *
   * @param body the project, with a placeholder id and no themes or partners
   * @param themes its themes
   * @param partners its partners
   */
  public record ProjectDraft(Project body, List<ThemeChoice> themes, List<PartnerDraft> partners) {}

  /**
   * A theme of a project: a focus area of its plan, or a theme that refines it.
   *
   * @param focusArea the focus area, among the plan's
   * @param depth the theme among the focus area's theme and those that refine it, 0 for the
   *     focus area's own theme
   */
  public record ThemeChoice(int focusArea, int depth) {}

  /**
   * A partner.
   *
   * @param body the partner, with no organization
   * @param organizationChoice its organization, among the document's
   */
  public record PartnerDraft(Partner body, int organizationChoice) {}
}
