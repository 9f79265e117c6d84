package dev.scap.analysis.partner;

import java.util.List;
import java.util.Objects;

/**
 * The partners to invite to one roundtable. Immutable.
 *
 * @param table the table's number in its plan
 * @param partners by descending score, then organization id: organizations that work on the
 *     table's theme, scored by the support its guests' projects need on it
 */
public record TablePartners(int table, List<PartnerMatch> partners) {

  /**
   * Creates the entry.
   *
   * @param table the table's number
   * @param partners the partners
   */
  public TablePartners {
    Objects.requireNonNull(partners, "partners");
    partners = List.copyOf(partners);
  }
}
