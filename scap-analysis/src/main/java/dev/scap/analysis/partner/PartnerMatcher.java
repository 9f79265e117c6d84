package dev.scap.analysis.partner;

import dev.scap.analysis.internal.Fraction;
import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.analysis.overlap.Weighting;
import dev.scap.model.Organization;
import dev.scap.model.Plan;
import dev.scap.model.PlanId;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Ranks organizations for cities by two fits, each with its reasons:
 * <ul>
 *   <li>theme fit: the share of the city's profile weight that lies on themes the organization
 *       works on (its {@code themes}, mapped onto the profile's themes, rolled up if the profile
 *       is);
 *   <li>support fit: the share of the support needs stated by the projects of the city's plan
 *       ({@code supportNeeded}, one need per project and type) that the organization offers.
 * </ul>
 * The score is their mean, or the theme fit alone when the city states no need. Organizations
 * scoring 0 are left out; ties break by organization id.
 *
 * <p>Fits are ranked on their exact values: profile weights are integers or 1/p, so both fits
 * and their mean are rational numbers, and two organizations whose scores are mathematically
 * equal (3/10 reached as 1/5 + 2/5 halved, or as 3/10 directly) tie and are ordered by id,
 * whatever their doubles. The doubles ranked first decide wherever they lie further apart
 * than their rounding error; each fit reported is the double nearest to its exact value.
 * Stateless and thread-safe.
 */
public final class PartnerMatcher {

  /** The unit roundoff, 2⁻⁵³. */
  private static final double UNIT = 0x1.0p-53;

  private PartnerMatcher() {}

  /**
   * Ranks the organizations for every city.
   *
   * @param overlap the profiles of the cities
   * @param top the most organizations per city
   * @return one entry per city, in document order
   * @throws IllegalArgumentException if {@code top} is negative
   */
  public static List<CityPartners> forCities(ThemeOverlap overlap, int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative: " + top);
    }
    ScapDocument document = overlap.document();
    Map<PlanId, Plan> plans = new HashMap<>();
    document.plans().forEach(p -> plans.putIfAbsent(p.id(), p));
    Map<Organization, Set<ThemeId>> worksOn = worksOn(overlap, new ThemeMapping(overlap));
    List<Organization> organizations = document.organizations();
    // Cities are independent: rank them on every core. Each organization is first scored by
    // numbers alone; reasons are written only for the few that make the top.
    boolean priority = overlap.options().weighting() == Weighting.PRIORITY;
    List<CityPartners> result = overlap.profiles().parallelStream().map(profile -> {
      Plan plan = profile.plan() == null ? null : plans.get(profile.plan());
      Map<SupportType, Integer> needs = needs(plan == null ? List.of() : plan.projects());
      List<Scored> scored = new ArrayList<>();
      for (Organization organization : organizations) {
        Set<ThemeId> themes = worksOn.get(organization);
        double score = fit(organization, themes, profile.weights(), needs).score();
        if (score > 0) {
          scored.add(new Scored(organization, score,
              () -> exactFit(organization, themes, profile.weights(), needs, priority)
                  .score()));
        }
      }
      // A fit's theme part is a ratio of two sums of the profile's T weights, each weight
      // within u of its exact value (relatively), so it is within (4T + 1)·u of its exact
      // value and the score within (4T + 2)·u: scores further apart than twice that, of the
      // larger, surely order as their exact values; (8T + 8)·u leaves a margin.
      double tolerance = (8.0 * profile.weights().size() + 8) * UNIT;
      scored.sort((a, b) -> rank(a, b, tolerance));
      List<PartnerMatch> matches = new ArrayList<>();
      for (Scored candidate : scored.subList(0, Math.min(top, scored.size()))) {
        matches.add(match(candidate.organization(), worksOn.get(candidate.organization()),
            profile.weights(), needs, priority));
      }
      return new CityPartners(profile.city(), matches);
    }).toList();
    return List.copyOf(result);
  }

  /** Best first: by exact score descending, asked for only where the doubles are too close. */
  private static int rank(Scored a, Scored b, double tolerance) {
    double x = a.score();
    double y = b.score();
    int order;
    if (Math.abs(x - y) > tolerance * Math.max(x, y)) {
      order = Double.compare(y, x);
    } else {
      order = b.exact().compareTo(a.exact());
    }
    return order != 0 ? order
        : a.organization().id().value().compareTo(b.organization().id().value());
  }

  /** The profile themes each organization works on. */
  static Map<Organization, Set<ThemeId>> worksOn(ThemeOverlap overlap,
      ThemeMapping mapping) {
    Map<Organization, Set<ThemeId>> worksOn = new IdentityHashMap<>();
    for (Organization organization : overlap.document().organizations()) {
      Set<ThemeId> themes = new LinkedHashSet<>();
      for (ThemeId theme : organization.themes()) {
        ThemeId mapped = mapping.of(theme);
        if (mapped != null) {
          themes.add(mapped);
        }
      }
      worksOn.put(organization, themes);
    }
    return worksOn;
  }

  /** An organization, its computed score, and its exact score once asked for. */
  private static final class Scored {
    private final Organization organization;
    private final double score;
    private final Supplier<Fraction> exactScore;
    private Fraction exact;

    Scored(Organization organization, double score, Supplier<Fraction> exactScore) {
      this.organization = organization;
      this.score = score;
      this.exactScore = exactScore;
    }

    Organization organization() {
      return organization;
    }

    double score() {
      return score;
    }

    Fraction exact() {
      if (exact == null) {
        exact = exactScore.get();
      }
      return exact;
    }
  }

  /** The exact numbers of a match: theme fit, support fit, and the score they make. */
  private record ExactFit(Fraction themeFit, Fraction supportFit, int met, int needed) {
    Fraction score() {
      return needed > 0 ? themeFit.plus(supportFit).dividedBy(Fraction.of(2, 1)) : themeFit;
    }
  }

  /** How well an organization fits a profile and its needs: the numbers of a match. */
  private record Fit(double themeFit, double supportFit, int met, int needed) {
    double score() {
      return needed > 0 ? (themeFit + supportFit) / 2 : themeFit;
    }
  }

  /** The numbers of {@link #match}, without its lists and reasons. */
  private static Fit fit(Organization organization, Set<ThemeId> worksOn,
      Map<ThemeId, Double> profile, Map<SupportType, Integer> needs) {
    double total = 0;
    double covered = 0;
    for (Map.Entry<ThemeId, Double> entry : profile.entrySet()) {
      total += entry.getValue();
      if (worksOn.contains(entry.getKey())) {
        covered += entry.getValue();
      }
    }
    int needed = needed(needs);
    int met = met(organization.offers(), needs);
    return new Fit(total > 0 ? covered / total : 0, needed > 0 ? (double) met / needed : 0,
        met, needed);
  }

  /**
   * The numbers of {@link #fit}, exactly: a weight is an integer, or 1/p under priority
   * weights (its double being the one nearest to 1/p).
   */
  private static ExactFit exactFit(Organization organization, Set<ThemeId> worksOn,
      Map<ThemeId, Double> profile, Map<SupportType, Integer> needs, boolean priority) {
    Fraction total = Fraction.ZERO;
    Fraction covered = Fraction.ZERO;
    for (Map.Entry<ThemeId, Double> entry : profile.entrySet()) {
      double w = entry.getValue();
      Fraction weight = priority ? Fraction.of(1, Math.round(1 / w)) : Fraction.of(w);
      total = total.plus(weight);
      if (worksOn.contains(entry.getKey())) {
        covered = covered.plus(weight);
      }
    }
    int needed = needed(needs);
    int met = met(organization.offers(), needs);
    return new ExactFit(total.isZero() ? Fraction.ZERO : covered.dividedBy(total),
        needed > 0 ? Fraction.of(met, needed) : Fraction.ZERO, met, needed);
  }

  /** The units of support a city needs, all types together. */
  static int needed(Map<SupportType, Integer> needs) {
    int needed = 0;
    for (int units : needs.values()) {
      needed += units;
    }
    return needed;
  }

  /** The units of a city's needs among the support types offered. */
  static int met(Collection<SupportType> offered, Map<SupportType, Integer> needs) {
    int met = 0;
    for (Map.Entry<SupportType, Integer> need : needs.entrySet()) {
      if (offered.contains(need.getKey())) {
        met += need.getValue();
      }
    }
    return met;
  }

  private static PartnerMatch match(Organization organization, Set<ThemeId> worksOn,
      Map<ThemeId, Double> profile, Map<SupportType, Integer> needs, boolean priority) {
    ExactFit fit = exactFit(organization, worksOn, profile, needs, priority);
    Fraction exactScore = fit.score();
    if (exactScore.isZero()) {
      return null;
    }
    double score = exactScore.toDouble();
    double themeFit = fit.themeFit().toDouble();
    double supportFit = fit.supportFit().toDouble();
    int needed = fit.needed();
    int met = fit.met();
    List<ThemeId> themes = profile.keySet().stream().filter(worksOn::contains).toList();
    List<SupportType> support = needs.keySet().stream()
        .filter(organization.offers()::contains).toList();
    List<String> reasons = new ArrayList<>();
    if (!themes.isEmpty()) {
      reasons.add("works on " + themes.stream().map(ThemeId::value)
          .collect(Collectors.joining(", ")) + ": " + percent(fit.themeFit())
          + " of the profile");
    }
    if (needed == 0) {
      reasons.add("no support need is stated");
    } else if (!support.isEmpty()) {
      reasons.add("offers " + support.stream().map(SupportType::code)
          .collect(Collectors.joining(", ")) + ": " + met + " of " + needed
          + " needs of the projects");
    } else {
      reasons.add("offers none of the " + needed + " needs of the projects");
    }
    return new PartnerMatch(organization.id(), score, themeFit, supportFit, themes, support,
        reasons);
  }

  static Map<SupportType, Integer> needs(List<Project> projects) {
    Map<SupportType, Integer> needs = new EnumMap<>(SupportType.class);
    for (Project project : projects) {
      for (SupportType type : new LinkedHashSet<>(project.supportNeeded())) {
        needs.merge(type, 1, Integer::sum);
      }
    }
    return needs;
  }

  /** A share in whole percent, halves rounded up, from its exact value. */
  private static String percent(Fraction share) {
    BigInteger twice = BigInteger.TWO.multiply(share.denominator());
    return BigInteger.valueOf(200).multiply(share.numerator()).add(share.denominator())
        .divide(twice) + "%";
  }
}
