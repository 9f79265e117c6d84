package dev.scap.cli;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.io.internal.Unclosed;
import dev.scap.model.Identifier;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** JSON output of the commands: one document, numbers as JSON numbers. */
final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), new Unclosed(out),
        JsonEncoding.UTF8);
  }

  static void ids(JsonGenerator json, String name, List<? extends Identifier> ids) {
    json.writeName(name);
    json.writeStartArray();
    for (Identifier id : ids) {
      json.writeString(id.value());
    }
    json.writeEndArray();
  }

  static void match(JsonGenerator json, dev.scap.analysis.partner.PartnerMatch match) {
    json.writeStartObject();
    json.writeStringProperty("organization", match.organization().value());
    json.writeNumberProperty("score", match.score());
    json.writeNumberProperty("themeFit", match.themeFit());
    json.writeNumberProperty("supportFit", match.supportFit());
    ids(json, "themes", match.themes());
    json.writeName("support");
    json.writeStartArray();
    match.support().forEach(s -> json.writeString(s.code()));
    json.writeEndArray();
    json.writeName("reasons");
    json.writeStartArray();
    match.reasons().forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
  }

  static void options(JsonGenerator json, ThemeOverlap overlap) {
    var options = overlap.options();
    json.writeStringProperty("taxonomy", overlap.taxonomy().id().value());
    json.writeStringProperty("weights", options.weighting().code());
    json.writeStringProperty("metric", options.metric().code());
    json.writeBooleanProperty("rollup", options.rollup());
    if (options.year() == null) {
      json.writeNullProperty("year");
    } else {
      json.writeNumberProperty("year", options.year());
    }
  }
}
