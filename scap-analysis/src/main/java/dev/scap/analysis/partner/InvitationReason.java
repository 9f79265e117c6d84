package dev.scap.analysis.partner;

import dev.scap.model.CityId;
import dev.scap.model.PlanId;
import dev.scap.model.ProjectId;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * Why an organization is invited to a table: each reason is a fact of the document that
 * {@link Invitations} ranked it by. Implementations are immutable and thread-safe.
 */
public sealed interface InvitationReason {

  /** The organization was asked for ({@link InvitationOptions#asked()}). */
  record AskedFor() implements InvitationReason {}

  /**
   * The organization is a partner of a project of a guest's plan.
   *
   * @param city the guest
   * @param project the project
   * @param onTheme whether one of the project's themes counts as the table's theme
   */
  record PartnersProject(CityId city, ProjectId project, boolean onTheme)
      implements InvitationReason {

    /**
     * Creates the reason.
     *
     * @param city the guest
     * @param project the project
     * @param onTheme whether the project is on the table's theme
     * @throws NullPointerException if {@code city} or {@code project} is {@code null}
     */
    public PartnersProject {
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(project, "project");
    }
  }

  /**
   * The organization is one of the partners of a guest's plan as a whole (its
   * {@code partners}), and of none of its projects.
   *
   * @param city the guest
   * @param plan the plan
   */
  record PartnersPlan(CityId city, PlanId plan) implements InvitationReason {

    /**
     * Creates the reason.
     *
     * @param city the guest
     * @param plan the plan
     * @throws NullPointerException if an argument is {@code null}
     */
    public PartnersPlan {
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /**
   * The organization works on the table's theme: one of its {@code themes} counts as it.
   *
   * @param theme the table's theme
   */
  record WorksOnTheme(ThemeId theme) implements InvitationReason {

    /**
     * Creates the reason.
     *
     * @param theme the theme
     * @throws NullPointerException if {@code theme} is {@code null}
     */
    public WorksOnTheme {
      Objects.requireNonNull(theme, "theme");
    }
  }

  /**
   * The organization offers some of the support that the guests' projects on the table's
   * theme state they need.
   *
   * @param types the types needed that it offers, in code-list order, at least one
   * @param met the needs of those types, 1 or more
   * @param needed all the needs stated, at least {@code met}
   */
  record OffersNeeds(List<SupportType> types, int met, int needed) implements InvitationReason {

    /**
     * Creates the reason.
     *
     * @param types the types offered
     * @param met the needs met
     * @param needed the needs stated
     * @throws NullPointerException if {@code types} is or holds {@code null}
     * @throws IllegalArgumentException unless 0 &lt; met ≤ needed
     */
    public OffersNeeds {
      types = List.copyOf(types);
      if (met < 1 || met > needed) {
        throw new IllegalArgumentException("needs met must be in 1.." + needed + ": " + met);
      }
    }
  }
}
