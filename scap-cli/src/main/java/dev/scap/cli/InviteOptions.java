package dev.scap.cli;

import dev.scap.analysis.partner.InvitationOptions;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options of {@code roundtables} and {@code report} that say whom a table invites. */
final class InviteOptions {

  @Option(names = "--invite", paramLabel = "ORGS", split = ",",
      description = "Organizations invited to every table whatever their rank, first and "
          + "beside the --partners ranked in (default: none).")
  List<String> invite = new ArrayList<>();

  @Option(names = "--partner-tables", paramLabel = "N",
      description = "The most tables an organization is ranked in at, strongest tables first "
          + "(default: no limit).")
  Integer partnerTables;

  /**
   * Checks the options against a document: the limit is 1 or more, every organization is one
   * of the document's, and none is blank or given twice, each trimmed of the spaces around it.
   *
   * @throws CliException exit 2, with the nearest ids for an unknown one
   */
  void check(ScapDocument document) {
    if (partnerTables != null) {
      Ranges.atLeast("--partner-tables", partnerTables, 1);
    }
    Set<String> ids = new LinkedHashSet<>();
    document.organizations().stream().map(Organization::id).map(OrganizationId::value)
        .forEach(ids::add);
    for (String id : names()) {
      if (!ids.contains(id)) {
        throw CliException.failure("--invite: organization " + id + " is not in the document"
            + Suggestions.didYouMean(id, ids), null);
      }
    }
  }

  /** The organizations' ids as given, trimmed, refusing a blank one or one given twice. */
  private List<String> names() {
    return Names.listed("--invite", "organization", "an organization needs an id", invite);
  }

  /** The organizations asked for, in the order given. */
  List<OrganizationId> asked() {
    return names().stream().map(OrganizationId::of).toList();
  }

  /** The limit, or {@link InvitationOptions#UNLIMITED}. */
  int tables() {
    return partnerTables == null ? InvitationOptions.UNLIMITED : partnerTables;
  }

  /** The options of the ranking, with {@code seats} per table. */
  InvitationOptions toOptions(int seats) {
    return new InvitationOptions(seats, asked(), tables());
  }
}
