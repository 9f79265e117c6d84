package dev.scap.report;

import dev.scap.analysis.partner.CityPartners;
import dev.scap.analysis.partner.PartnerMatch;
import dev.scap.model.CityId;
import dev.scap.model.OrganizationId;
import dev.scap.model.SupportType;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Out;
import dev.scap.report.internal.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/**
 * The output of {@code scap partners}: the partners suggested to each city, with their scores
 * and why, in the formats docs/CLI.md gives. Stateless and thread-safe.
 */
public final class PartnersOutput {

  private PartnersOutput() {}

  /**
   * Writes the partners suggested to each city, as {@code scap partners} prints them
   * (docs/CLI.md).
   *
   * @param format the format
   * @param matches each city's partners, as {@code PartnerMatcher.forCities} gives them
   * @param names the name to print for each city id
   * @param organizations the name to print for each organization id
   * @param out where to write, left open
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void partners(OutputFormat format, List<CityPartners> matches,
      Map<CityId, String> names, Map<OrganizationId, String> organizations, OutputStream out)
      throws IOException {
    switch (format) {
      case CSV -> {
        try (CSVPrinter csv = Out.csv(out, "city", "organization", "score", "theme_fit",
            "support_fit", "themes", "support")) {
          for (CityPartners city : matches) {
            for (PartnerMatch match : city.partners()) {
              csv.printRecord(city.city().value(), match.organization().value(),
                  Text.exact(match.score()), Text.exact(match.themeFit()),
                  Text.exact(match.supportFit()), match.themes().stream()
                      .map(ThemeId::value).collect(Collectors.joining(";")),
                  match.support().stream().map(SupportType::code)
                      .collect(Collectors.joining(";")));
            }
          }
        }
      }
      case JSON -> {
        try (JsonGenerator json = Out.json(out)) {
          json.writeStartObject();
          json.writeName("cities");
          json.writeStartArray();
          for (CityPartners city : matches) {
            json.writeStartObject();
            json.writeStringProperty("city", city.city().value());
            json.writeName("partners");
            json.writeStartArray();
            for (PartnerMatch match : city.partners()) {
              ResultsJson.match(json, match, null);
            }
            json.writeEndArray();
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        out.write('\n');
      }
      case MD -> {
        PrintWriter text = Out.writer(out);
        text.println("# Partners");
        text.println();
        text.println("| city | partner | score | why |");
        text.println("| --- | --- | --- | --- |");
        for (CityPartners city : matches) {
          String name = Out.markdown(names.get(city.city()));
          if (city.partners().isEmpty()) {
            text.println("| " + name + " | no partner fits | | |");
          }
          for (PartnerMatch match : city.partners()) {
            text.println("| " + name + " | " + Out.markdown(organizations.get(
                match.organization())) + " | " + Text.brief(match.score()) + " | "
                + Out.markdown(String.join("; ", match.reasons())) + " |");
          }
        }
        text.flush();
      }
      case TEXT -> {
        PrintWriter text = Out.writer(out);
        for (CityPartners city : matches) {
          text.println(city.city() + "  " + names.get(city.city()));
          if (city.partners().isEmpty()) {
            text.println("  no partner fits");
          }
          for (PartnerMatch match : city.partners()) {
            text.println("  " + Text.brief(match.score()) + "  " + match.organization()
                + "  " + organizations.get(match.organization()) + ": "
                + String.join("; ", match.reasons()));
          }
          text.println();
        }
        text.flush();
      }
      default -> throw new IllegalStateException(format.name());
    }
  }
}
