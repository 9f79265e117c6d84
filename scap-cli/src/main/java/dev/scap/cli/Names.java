package dev.scap.cli;

import dev.scap.model.City;
import dev.scap.model.CityId;
import dev.scap.model.Organization;
import dev.scap.model.OrganizationId;
import dev.scap.model.ScapDocument;
import java.util.HashMap;
import java.util.Map;

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
}
