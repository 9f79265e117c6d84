package dev.scap.report;

import dev.scap.analysis.overlap.OverlapOptions;
import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.analysis.roundtable.RoundtableOptions;
import dev.scap.analysis.timetable.TimetableOptions;
import dev.scap.model.OrganizationId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report is made with: the options of each analysis and the stamp. A report
 * prints them all, so that it can be made again. Immutable and thread-safe.
 *
 * @param overlap how profiles are made and compared for the coverage, the heatmap, the
 *     city × theme matrix, the peers, the groups and the partners
 * @param top the most peers per city
 * @param minScore the least score of a peer, a decimal compared with the exact scores as
 *     written
 * @param grouping how peer groups are made
 * @param roundtables how cities are seated at roundtables; its own profile options, since
 *     roundtables weigh themes by priority by default
 * @param partners the most partners suggested per city and per roundtable
 * @param stamp the version, the input and the date
 * @param invite the organizations invited to every roundtable whatever their rank
 *     ({@code --invite}), in the order given
 * @param partnerTables the most roundtables an organization is ranked in at
 *     ({@code --partner-tables}), or {@link InvitationOptions#UNLIMITED}
 * @param timetable how the roundtables are placed in time slots ({@code --slots},
 *     {@code --rooms})
 */
public record ReportOptions(OverlapOptions overlap, int top, BigDecimal minScore,
    GroupingOptions grouping, RoundtableOptions roundtables, int partners, ReportStamp stamp,
    List<OrganizationId> invite, int partnerTables, TimetableOptions timetable) {

  /**
   * Creates options.
   *
   * @param overlap the profile options
   * @param top the most peers per city
   * @param minScore the least score of a peer
   * @param grouping the grouping options
   * @param roundtables the roundtable options
   * @param partners the most partners per city and per table
   * @param stamp the stamp
   * @param invite the organizations asked for at every table
   * @param partnerTables the most tables an organization is ranked in at, or
   *     {@link InvitationOptions#UNLIMITED}
   * @param timetable the timetable options
   * @throws NullPointerException if an object is {@code null}
   * @throws IllegalArgumentException if {@code top} or {@code partners} is negative,
   *     {@code partnerTables} below 1, or an organization is asked for twice
   */
  public ReportOptions {
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(timetable, "timetable");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(roundtables, "roundtables");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(minScore, "minScore");
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative: " + top);
    }
    if (partners < 0) {
      throw new IllegalArgumentException("partners must not be negative: " + partners);
    }
    invite = List.copyOf(invite);
    new InvitationOptions(partners, invite, partnerTables);
  }

  /**
   * Creates options that ask for no organization, limit no organization's tables and place
   * the roundtables in the fewest slots, with no rooms.
   *
   * @param overlap the profile options
   * @param top the most peers per city
   * @param minScore the least score of a peer
   * @param grouping the grouping options
   * @param roundtables the roundtable options
   * @param partners the most partners per city and per table
   * @param stamp the stamp
   * @throws NullPointerException if an object is {@code null}
   * @throws IllegalArgumentException if {@code top} or {@code partners} is negative
   */
  public ReportOptions(OverlapOptions overlap, int top, BigDecimal minScore,
      GroupingOptions grouping, RoundtableOptions roundtables, int partners, ReportStamp stamp) {
    this(overlap, top, minScore, grouping, roundtables, partners, stamp, List.of(),
        InvitationOptions.UNLIMITED, TimetableOptions.DEFAULTS);
  }

  /**
   * Returns how the roundtables' partners are invited.
   *
   * @return {@link #partners()} seats, {@link #invite()} and {@link #partnerTables()}
   */
  public InvitationOptions invitations() {
    return new InvitationOptions(partners, invite, partnerTables);
  }

  /**
   * Returns a copy that asks for other organizations at every table and limits their tables
   * otherwise.
   *
   * @param value the organizations asked for
   * @param tables the most tables an organization is ranked in at, or
   *     {@link InvitationOptions#UNLIMITED}
   * @return the copy
   * @throws IllegalArgumentException if {@code tables} is below 1 or an organization is asked
   *     for twice
   */
  public ReportOptions withInvitations(List<OrganizationId> value, int tables) {
    return new ReportOptions(overlap, top, minScore, grouping, roundtables, partners, stamp,
        value, tables, timetable);
  }

  /**
   * Returns a copy that places the roundtables in time slots otherwise.
   *
   * @param value the timetable options
   * @return the copy
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public ReportOptions withTimetable(TimetableOptions value) {
    return new ReportOptions(overlap, top, minScore, grouping, roundtables, partners, stamp,
        invite, partnerTables, value);
  }

  /**
   * Returns the command line's defaults with a stamp: presence weights and Jaccard on the
   * document's first taxonomy, 5 peers per city, average linkage cut at 0.5, the roundtables'
   * defaults (priority weights) and 3 partners per city and per table.
   *
   * @param stamp the stamp
   * @return the options
   * @throws NullPointerException if {@code stamp} is {@code null}
   */
  public static ReportOptions defaults(ReportStamp stamp) {
    return new ReportOptions(OverlapOptions.DEFAULTS, 5, BigDecimal.ZERO, GroupingOptions.DEFAULTS,
        RoundtableOptions.DEFAULTS, 3, stamp);
  }

  /**
   * Returns a copy with other profile options.
   *
   * @param value the profile options
   * @return the copy
   */
  public ReportOptions withOverlap(OverlapOptions value) {
    return new ReportOptions(value, top, minScore, grouping, roundtables, partners, stamp,
        invite, partnerTables, timetable);
  }

  /**
   * Returns a copy with another number of peers per city.
   *
   * @param value the most peers per city
   * @return the copy
   */
  public ReportOptions withTop(int value) {
    return new ReportOptions(overlap, value, minScore, grouping, roundtables, partners, stamp,
        invite, partnerTables, timetable);
  }

  /**
   * Returns a copy with another least score.
   *
   * @param value the least score of a peer, as written
   * @return the copy
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public ReportOptions withMinScore(BigDecimal value) {
    return new ReportOptions(overlap, top, value, grouping, roundtables, partners, stamp,
        invite, partnerTables, timetable);
  }

  /**
   * Returns a copy with other grouping options.
   *
   * @param value the grouping options
   * @return the copy
   */
  public ReportOptions withGrouping(GroupingOptions value) {
    return new ReportOptions(overlap, top, minScore, value, roundtables, partners, stamp,
        invite, partnerTables, timetable);
  }

  /**
   * Returns a copy with other roundtable options.
   *
   * @param value the roundtable options
   * @return the copy
   */
  public ReportOptions withRoundtables(RoundtableOptions value) {
    return new ReportOptions(overlap, top, minScore, grouping, value, partners, stamp,
        invite, partnerTables, timetable);
  }

  /**
   * Returns a copy with another number of partners.
   *
   * @param value the most partners per city and per table
   * @return the copy
   */
  public ReportOptions withPartners(int value) {
    return new ReportOptions(overlap, top, minScore, grouping, roundtables, value, stamp,
        invite, partnerTables, timetable);
  }

  /**
   * Returns a copy with another stamp.
   *
   * @param value the stamp
   * @return the copy
   */
  public ReportOptions withStamp(ReportStamp value) {
    return new ReportOptions(overlap, top, minScore, grouping, roundtables, partners, value,
        invite, partnerTables, timetable);
  }
}
