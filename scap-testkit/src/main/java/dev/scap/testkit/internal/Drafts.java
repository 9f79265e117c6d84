package dev.scap.testkit.internal;

import dev.scap.model.City;
import dev.scap.model.Event;
import dev.scap.model.EventRole;
import dev.scap.model.Extensions;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
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

  /**
   * An event: its id's stem is in {@code body.id()}; its end is {@code length} days after its
   * start.
   *
   * @param body the event, with a placeholder id and end, and no organizations, cities or
   *     sessions
   * @param length the days from its start to its end
   * @param organizations its organizations, each a choice among the document's and a role
   * @param cityChoices the cities it invites, among the document's
   * @param sessions its sessions
   */
  public record EventDraft(
      Event body,
      int length,
      List<OrganizationChoice> organizations,
      List<Integer> cityChoices,
      List<SessionDraft> sessions) {}

  /**
   * An organization of an event.
   *
   * @param organizationChoice the organization, among the document's
   * @param role its role
   */
  public record OrganizationChoice(int organizationChoice, EventRole role) {}

  /**
   * A session: its id's stem is in {@code body.id()}. A roundtable session gets a taxonomy, at
   * least one of its themes and its tables; a session of another kind sometimes a taxonomy and
   * themes, never tables.
   *
   * @param body the session, with a placeholder id, no date, taxonomy, themes or tables
   * @param dayChoice its day among its event's; {@code null} for none
   * @param taxonomyChoice its taxonomy, among the document's; {@code null} for none (a
   *     roundtable session takes the first)
   * @param themeChoices its themes, among its taxonomy's
   * @param tables its tables, if it is a roundtable session
   */
  public record SessionDraft(
      Session body,
      Integer dayChoice,
      Integer taxonomyChoice,
      List<Integer> themeChoices,
      List<TableDraft> tables) {}

  /**
   * A table of a roundtable session. Its guests are drawn from its event's cities not yet
   * seated in its slot, its partners from the organizations not yet invited in its slot.
   *
   * @param body the table, with a placeholder number and theme, no seats, guests or partners
   * @param themeChoice its theme, among its session's
   * @param guestChoice where among its event's cities its guests start
   * @param guests how many guests it wishes
   * @param spareSeats the seats beyond its guests; {@code null} for no limit
   * @param partners its partners, each a choice among the document's organizations and a note
   */
  public record TableDraft(
      SeatedTable body,
      int themeChoice,
      int guestChoice,
      int guests,
      Integer spareSeats,
      List<InvitationChoice> partners) {}

  /**
   * A partner invited to a table.
   *
   * @param organizationChoice the organization, among the document's
   * @param note why it is invited; {@code null} for none
   */
  public record InvitationChoice(int organizationChoice, String note) {}
}
