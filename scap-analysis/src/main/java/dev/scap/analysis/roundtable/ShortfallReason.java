package dev.scap.analysis.roundtable;

import dev.scap.model.TaxonomyId;
import dev.scap.model.ThemeId;
import java.util.List;
import java.util.Objects;

/**
 * Why a city sits at fewer tables than the per-city limit allows, as data for renderers to word.
 * Implementations are immutable and thread-safe.
 */
public sealed interface ShortfallReason {

  /** The city has no plan. */
  record NoPlan() implements ShortfallReason {}

  /**
   * The city's plan names no theme of the taxonomy analysed.
   *
   * @param taxonomy the taxonomy
   */
  record NoThemeOfTaxonomy(TaxonomyId taxonomy) implements ShortfallReason {

    /**
     * Creates the reason.
     *
     * @param taxonomy the taxonomy
     * @throws NullPointerException if {@code taxonomy} is {@code null}
     */
    public NoThemeOfTaxonomy {
      Objects.requireNonNull(taxonomy, "taxonomy");
    }
  }

  /**
   * The city's plan names no hosted theme.
   *
   * @param tooFew the city's themes that too few cities can sit at to fill a table
   */
  record NoHostedTheme(TooFewCities tooFew) implements ShortfallReason {

    /**
     * Creates the reason.
     *
     * @param tooFew the city's themes too few cities can sit at
     * @throws NullPointerException if {@code tooFew} is {@code null}
     */
    public NoHostedTheme {
      Objects.requireNonNull(tooFew, "tooFew");
    }
  }

  /**
   * The city's plan names fewer hosted themes than the per-city limit, and it sits at all.
   *
   * @param hosted the hosted themes its plan names, in taxonomy order
   * @param tooFew its other themes that too few cities can sit at to fill a table
   */
  record OnlyHostedThemes(List<ThemeId> hosted, TooFewCities tooFew) implements ShortfallReason {

    /**
     * Creates the reason.
     *
     * @param hosted the hosted themes
     * @param tooFew the city's other themes too few cities can sit at
     * @throws NullPointerException if an argument is or holds {@code null}
     */
    public OnlyHostedThemes {
      hosted = List.copyOf(hosted);
      Objects.requireNonNull(tooFew, "tooFew");
    }
  }

  /**
   * The tables of some of the city's hosted themes are full.
   *
   * @param themes those themes, in taxonomy order
   */
  record TablesFull(List<ThemeId> themes) implements ShortfallReason {

    /**
     * Creates the reason.
     *
     * @param themes the themes
     * @throws NullPointerException if {@code themes} is or holds {@code null}
     */
    public TablesFull {
      themes = List.copyOf(themes);
    }
  }

  /**
   * A city's themes that are not hosted because too few cities can sit at them, and the
   * {@code min-seats} that would host the best of them. Not a reason itself: what
   * {@link NoHostedTheme} and {@link OnlyHostedThemes} add.
   *
   * @param themes the themes, in taxonomy order; empty if there is none
   * @param most the most cities that can sit at any of them (0 if there is none)
   * @param best the themes that {@code most} cities can sit at
   * @param minSeats the seats a table needs
   */
  record TooFewCities(List<ThemeId> themes, int most, List<ThemeId> best, int minSeats) {

    /**
     * Creates the record.
     *
     * @param themes the themes
     * @param most the most cities that can sit at any of them
     * @param best the themes that many cities can sit at
     * @param minSeats the seats a table needs
     * @throws NullPointerException if a list is or holds {@code null}
     */
    public TooFewCities {
      themes = List.copyOf(themes);
      best = List.copyOf(best);
    }

    /**
     * Says that no such theme exists.
     *
     * @param minSeats the seats a table needs
     * @return the empty record
     */
    public static TooFewCities none(int minSeats) {
      return new TooFewCities(List.of(), 0, List.of(), minSeats);
    }

    /**
     * Whether there is no such theme.
     *
     * @return {@code true} if {@link #themes()} is empty
     */
    public boolean isEmpty() {
      return themes.isEmpty();
    }
  }
}
