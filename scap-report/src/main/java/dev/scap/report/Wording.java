package dev.scap.report;

import dev.scap.analysis.event.ApartReason;
import dev.scap.analysis.event.InvitedApart;
import dev.scap.analysis.event.SessionScope;
import dev.scap.analysis.grouping.GroupingMethod;
import dev.scap.analysis.roundtable.Adjustment;
import dev.scap.analysis.roundtable.AdjustmentReason;
import dev.scap.analysis.roundtable.Shortfall;
import dev.scap.analysis.roundtable.ShortfallReason;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The English words for what the analyses hold as data: how peer groups were made, why the
 * roundtable planner changed what was asked, and why a city sits at fewer tables than allowed.
 * Every renderer of scap (the report in each format, the command line's outputs) prints these
 * words, so that they read the same everywhere; option names in them ({@code min-seats}) are
 * the command line's. Stateless and thread-safe.
 */
public final class Wording {

  private Wording() {}

  /**
   * Words how peer groups were made: {@code "themes"}, {@code "components, threshold 0.5"},
   * {@code "hierarchical average, 3 groups"} or {@code "hierarchical average, threshold 0.5"}.
   *
   * @param method the method
   * @return its words, in lower case
   * @throws NullPointerException if {@code method} is {@code null}
   */
  public static String method(GroupingMethod method) {
    Objects.requireNonNull(method, "method");
    if (method instanceof GroupingMethod.Themes) {
      return "themes";
    } else if (method instanceof GroupingMethod.Components components) {
      return "components, threshold " + components.threshold();
    } else if (method instanceof GroupingMethod.HierarchicalGroups cut) {
      return "hierarchical " + cut.linkage().code() + ", " + cut.groups() + " groups";
    } else if (method instanceof GroupingMethod.HierarchicalThreshold cut) {
      return "hierarchical " + cut.linkage().code() + ", threshold " + cut.threshold();
    }
    throw new IllegalArgumentException("no words for " + method);
  }

  /**
   * Words why the planner changed what was asked of a theme, such as {@code "x is not hosted:
   * 3 cities can sit at it, fewer than the 4 seats a table needs; with min-seats 3, it could
   * be"}.
   *
   * @param adjustment the adjustment
   * @return one sentence, without a full stop
   * @throws NullPointerException if {@code adjustment} is {@code null}
   */
  public static String adjustment(Adjustment adjustment) {
    ThemeId theme = adjustment.theme();
    AdjustmentReason reason = adjustment.reason();
    if (reason instanceof AdjustmentReason.TableDropped dropped) {
      return "one table of " + theme + " dropped: with at most " + dropped.perCity()
          + (dropped.perCity() == 1 ? " table" : " tables") + " a city, the tables cannot all"
          + " fill " + dropped.minSeats() + " seats; " + theme + " has the fewest candidates"
          + " per table (" + dropped.candidates() + " for " + dropped.tables() + ")";
    } else if (reason instanceof AdjustmentReason.NoTableAsked) {
      return theme + " is not hosted: 0 tables were asked for it";
    } else if (reason instanceof AdjustmentReason.TooFewCandidates few) {
      int d = few.candidates();
      return theme + " is not hosted: " + cities(d) + " can sit at it, fewer than the "
          + few.minSeats() + " seats a table needs"
          + (d > 1 ? "; with min-seats " + d + ", it could be" : "");
    } else if (reason instanceof AdjustmentReason.FewerTablesThanAsked fewer) {
      return theme + " gets " + adjustment.tables() + " of the " + fewer.asked()
          + " tables asked: its " + fewer.candidates() + " candidates cannot fill "
          + fewer.minSeats() + " seats at more";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words why a city sits at fewer tables than allowed, such as {@code "its plan names only 1
   * hosted theme (x)"}; where too few cities can sit at its other themes, which and the
   * {@code min-seats} that would host the best of them.
   *
   * @param shortfall the shortfall
   * @return one sentence, without a full stop
   * @throws NullPointerException if {@code shortfall} is {@code null}
   */
  public static String shortfall(Shortfall shortfall) {
    ShortfallReason reason = shortfall.reason();
    if (reason instanceof ShortfallReason.NoPlan) {
      return "it has no plan";
    } else if (reason instanceof ShortfallReason.NoThemeOfTaxonomy none) {
      return "its plan names no theme of " + none.taxonomy();
    } else if (reason instanceof ShortfallReason.NoHostedTheme none) {
      return "its plan names no hosted theme" + tooFew(none.tooFew(), ": ", "its themes");
    } else if (reason instanceof ShortfallReason.OnlyHostedThemes only) {
      List<ThemeId> hosted = only.hosted();
      return "its plan names only " + hosted.size() + " hosted theme"
          + (hosted.size() == 1 ? "" : "s") + " (" + ids(hosted) + ")"
          + tooFew(only.tooFew(), "; ", "its other themes");
    } else if (reason instanceof ShortfallReason.TablesFull full) {
      return "the tables of " + ids(full.themes()) + " are full";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words why an invited city is not seated at all: {@code "the document has no plan of it"}
   * or {@code "it is not a city of the document"}.
   *
   * @param apart the city listed apart
   * @return one sentence, without a full stop
   * @throws NullPointerException if {@code apart} is {@code null}
   */
  public static String apart(InvitedApart apart) {
    ApartReason reason = apart.reason();
    if (reason instanceof ApartReason.NoPlan) {
      return "the document has no plan of it";
    } else if (reason instanceof ApartReason.NotACity) {
      return "it is not a city of the document";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /**
   * Words which event and session a roundtable plan is of: {@code "event
   * wego-ascn-mayoral-conference-2019 (WeGO-ASCN Mayoral Conference, 2019-11-05 to
   * 2019-11-07), session mini-roundtables (Mini roundtables): 26 cities invited"}.
   *
   * @param scope the event's session
   * @return one phrase, without a full stop
   * @throws NullPointerException if {@code scope} is {@code null}
   */
  public static String event(SessionScope scope) {
    return "event " + scope.event().id() + " (" + scope.event().name() + ", "
        + (scope.event().start().equals(scope.event().end()) ? scope.event().start()
            : scope.event().start() + " to " + scope.event().end())
        + "), session " + scope.session().id() + " (" + scope.session().title() + "): "
        + cities(scope.invited().size()) + " invited";
  }

  private static String tooFew(ShortfallReason.TooFewCities tooFew, String separator,
      String themes) {
    if (tooFew.isEmpty()) {
      return "";
    }
    int most = tooFew.most();
    String best = ids(tooFew.best());
    String which = tooFew.themes().size() == 1 ? "only " + cities(most) + " can sit at " + best
        : "at most " + cities(most) + " can sit at any of " + themes + " ("
            + ids(tooFew.themes()) + ")";
    // One city alone is no roundtable: no min-seats to suggest then.
    return separator + which + ", fewer than the " + tooFew.minSeats()
        + " seats a table needs"
        + (most > 1 ? "; with min-seats " + most + ", " + best + " could be hosted" : "");
  }

  private static String ids(List<ThemeId> themes) {
    return themes.stream().map(ThemeId::value).collect(Collectors.joining(", "));
  }

  private static String cities(int count) {
    return count + (count == 1 ? " city" : " cities");
  }
}
