package dev.scap.cli;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The names of a document's cities and organizations, for people. */
final class Names {

  private Names() {}

  static Map<CityId, String> of(ScapDocument document) {
    Map<CityId, String> names = new HashMap<>();
    for (City city : document.cities()) {
      names.putIfAbsent(city.id(), city.name());
    }
    return names;
  }

  static Map<OrganizationId, String> organizations(ScapDocument document) {
    Map<OrganizationId, String> names = new HashMap<>();
    for (Organization organization : document.organizations()) {
      names.putIfAbsent(organization.id(), organization.name());
    }
    return names;
  }

  /**
   * The names of a comma-separated option, each trimmed of the spaces around it.
   *
   * @param option the option, such as {@code --rooms}
   * @param noun what each name names, such as {@code room}
   * @param blank what to say of a blank name
   * @param values the values as given
   * @throws CliException exit 2, for a blank name or one given twice
   */
  static List<String> listed(String option, String noun, String blank, List<String> values) {
    List<String> names = values.stream().map(String::strip).toList();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isEmpty()) {
        throw CliException.failure(option + ": " + blank + ", not a blank one", null);
      }
      if (!seen.add(name)) {
        throw CliException.failure(option + ": " + noun + " " + name + " is given twice", null);
      }
    }
    return names;
  }
}
