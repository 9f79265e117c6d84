package dev.scap.analysis.partner;

/**
 * Where an organization stands for a table: the criteria {@link Invitations} ranks by, in
 * their order. Its natural order is inconsistent with equals: support fits are compared as
 * fractions, so 0 of 0 needs and 0 of 4 compare equal though the records differ. Immutable and
 * thread-safe.
 *
 * @param themeGuests the guests whose plan has a project on the table's theme that the
 *     organization is a partner of
 * @param otherGuests the other guests it is a partner of, on another project of their plan or
 *     in the plan's own {@code partners}
 * @param worksOnTheme whether one of its {@code themes} counts as the table's theme
 * @param needsMet the needs stated by the guests' projects on the theme whose type it offers
 * @param needsStated the needs stated by those projects
 */
public record Standing(int themeGuests, int otherGuests, boolean worksOnTheme, int needsMet,
    int needsStated) implements Comparable<Standing> {

  /**
   * Creates a standing.
   *
   * @param themeGuests the guests partnered on the theme
   * @param otherGuests the guests partnered elsewhere
   * @param worksOnTheme whether it works on the theme
   * @param needsMet the needs met
   * @param needsStated the needs stated
   * @throws IllegalArgumentException if a count is negative or {@code needsMet} exceeds
   *     {@code needsStated}
   */
  public Standing {
    if (themeGuests < 0 || otherGuests < 0 || needsMet < 0 || needsMet > needsStated) {
      throw new IllegalArgumentException("counts out of range: " + themeGuests + ", "
          + otherGuests + ", " + needsMet + " of " + needsStated);
    }
  }

  /**
   * Tells whether the organization is a candidate: it partners a guest or works on the theme.
   *
   * @return whether one of the first three criteria is above 0
   */
  public boolean isCandidate() {
    return themeGuests > 0 || otherGuests > 0 || worksOnTheme;
  }

  /**
   * Compares by the criteria in order, each larger being stronger; the support fit
   * {@code needsMet / needsStated} (0 when nothing is stated) compared exactly.
   *
   * @param other the other standing
   * @return above 0 when this one is stronger, 0 when they are equal on every criterion
   */
  @Override
  public int compareTo(Standing other) {
    int order = Integer.compare(themeGuests, other.themeGuests);
    if (order == 0) {
      order = Integer.compare(otherGuests, other.otherGuests);
    }
    if (order == 0) {
      order = Boolean.compare(worksOnTheme, other.worksOnTheme);
    }
    return order != 0 ? order : compareSupportFit(this, other);
  }

  /** Orders support fits exactly, by cross-multiplication. */
  private static int compareSupportFit(Standing a, Standing b) {
    long left = a.needsStated == 0 ? 0 : (long) a.needsMet * Math.max(1, b.needsStated);
    long right = b.needsStated == 0 ? 0 : (long) b.needsMet * Math.max(1, a.needsStated);
    return Long.compare(left, right);
  }
}
