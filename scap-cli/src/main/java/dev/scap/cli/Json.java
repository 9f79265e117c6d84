package dev.scap.cli;

import dev.scap.analysis.overlap.ThemeOverlap;
import dev.scap.model.Identifier;
import dev.scap.report.ResultsJson;
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
    ResultsJson.ids(json, name, ids);
  }

  static void options(JsonGenerator json, ThemeOverlap overlap) {
    ResultsJson.profiles(json, overlap.options(), overlap.taxonomy().id().value());
  }
}
