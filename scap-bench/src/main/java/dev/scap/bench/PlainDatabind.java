package dev.scap.bench;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scap.model.CityId;
import dev.scap.model.Coded;
import dev.scap.model.Extensions;
import dev.scap.model.OrganizationId;
import dev.scap.model.PlanId;
import dev.scap.model.ProjectId;
import dev.scap.model.TaxonomyId;
import dev.scap.model.ThemeId;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the benchmarks: plain Jackson databind reading and writing the model's own
 * records, with mix-ins and no validation. It does what scap's reader and writer do minus their
 * checks: typed ids as single strings, enums by their kebab-case codes, extensions as a plain
 * map, decimals exactly, and, for writing, the canonical layout (absent values and empty lists
 * left out, two-space indent, {@code \n} line ends, plain decimal notation), so that both write
 * the same bytes.
 *
 * <p>Unknown properties are ignored (Jackson 3's default), and nothing is checked beyond what
 * binding needs. Immutable and thread-safe.
 */
public final class PlainDatabind {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addMixIn(CityId.class, IdMixIn.class)
      .addMixIn(ThemeId.class, IdMixIn.class)
      .addMixIn(TaxonomyId.class, IdMixIn.class)
      .addMixIn(OrganizationId.class, IdMixIn.class)
      .addMixIn(PlanId.class, IdMixIn.class)
      .addMixIn(ProjectId.class, IdMixIn.class)
      .addMixIn(Coded.class, CodedMixIn.class)
      .addMixIn(Extensions.class, ExtensionsMixIn.class)
      // scap reads every number of an extension as an exact BigDecimal
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // as scap's writer, leave the caller's stream open
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPrettyPrinter(canonicalPrinter())
      // null and empty components left out; a null inside an extension map is kept
      .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(
          JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
      .build();

  private PlainDatabind() {}

  /**
   * Returns the configured mapper.
   *
   * @return the mapper, shared
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  /** A typed id is its text. */
  abstract static class IdMixIn {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    IdMixIn(String value) {}

    @JsonValue
    abstract String value();
  }

  /** A constant of a code list is its kebab-case code, both ways. */
  interface CodedMixIn {
    @JsonValue
    String code();
  }

  /** Extensions are a plain JSON object. */
  abstract static class ExtensionsMixIn {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    ExtensionsMixIn(Map<String, Object> values) {}

    @JsonValue
    abstract Map<String, Object> values();
  }
}
