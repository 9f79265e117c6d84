package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.scap.model.Coded;
import dev.scap.model.EventRole;
import dev.scap.model.OrganizationKind;
import dev.scap.model.PartnerRole;
import dev.scap.model.ScapDocument;
import dev.scap.model.SessionKind;
import dev.scap.model.Stage;
import dev.scap.model.SupportType;
import dev.scap.model.internal.PropertyOrder;
import dev.scap.model.validation.Problem;
import dev.scap.testkit.ScapArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ScapSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Format assertions on, so that {@code "format": "date"} is checked too, not only noted. */
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Schema SCHEMA = REGISTRY.getSchema(ScapSchema.json(), InputFormat.JSON);

  private static final JsonNode TREE = MAPPER.readTree(ScapSchema.json());

  private static final String EXAMPLE = resource("/golden/example-1.1.json");

  private static final ScapReader READER = ScapReader.create();

  /** Where the spec's example holds an object of each kind that the schema defines. */
  private static final Map<String, String> INSTANCES = instances();

  private static Map<String, String> instances() {
    Map<String, String> at = new LinkedHashMap<>();
    at.put("", "");
    at.put("metadata", "/metadata");
    at.put("taxonomy", "/taxonomies/0");
    at.put("theme", "/taxonomies/0/themes/2");
    at.put("city", "/cities/0");
    at.put("location", "/cities/0/location");
    at.put("organization", "/organizations/1");
    at.put("plan", "/plans/0");
    at.put("period", "/plans/0/period");
    at.put("focusArea", "/plans/0/focusAreas/0");
    at.put("target", "/plans/0/targets/0");
    at.put("project", "/plans/0/projects/0");
    at.put("money", "/plans/0/projects/0/cost");
    at.put("partner", "/plans/0/projects/0/partners/0");
    at.put("indicator", "/plans/0/projects/0/indicators/0");
    at.put("event", "/events/0");
    at.put("venue", "/events/0/venue");
    at.put("eventOrganization", "/events/0/organizations/0");
    at.put("session", "/events/0/sessions/0");
    at.put("table", "/events/0/sessions/1/tables/0");
    at.put("invitation", "/events/0/sessions/1/tables/0/partners/0");
    return at;
  }

  // ---- the schema itself

  @Test
  void isValidAgainstTheDraft202012MetaSchema() {
    Schema meta = REGISTRY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(ScapSchema.json(), InputFormat.JSON)).isEmpty();
    assertThat(meta.validate("{\"type\": \"integr\", \"minItems\": -1}", InputFormat.JSON))
        .as("the meta-schema rejects a broken schema").hasSizeGreaterThanOrEqualTo(2);
    assertThat(TREE.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void returnsTheShippedResourceAsUtf8Text() throws IOException {
    try (InputStream in = ScapSchema.class.getResourceAsStream("scap-1.1.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(ScapSchema.json().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(in.readAllBytes());
    }
    assertThat(ScapSchema.json()).isSameAs(ScapSchema.json());
  }

  @Test
  void namesItsOwnIdAndTheVersionItDescribes() {
    assertThat(ScapSchema.id())
        .isEqualTo("https://scap.dev/schema/scap-1.1.schema.json")
        .isEqualTo(TREE.path("$id").asString());
    assertThat(ScapSchema.VERSION).isEqualTo(ScapDocument.FORMAT_VERSION);
    assertThat(TREE.at("/properties/scapVersion/enum").values()).extracting(JsonNode::asString)
        .containsExactly("1.0", ScapSchema.VERSION);
  }

  @Test
  void saysWhichRulesItCannotExpress() {
    assertThat(TREE.path("description").asString())
        .contains("ScapReader", "unique", "references", "cycles");
  }

  @Test
  void definesEveryObjectWithoutRoomForOtherProperties() {
    List<String> objects = new ArrayList<>();
    for (Map.Entry<String, JsonNode> def : TREE.path("$defs").properties()) {
      if (def.getValue().has("properties")) {
        objects.add(def.getKey());
        assertThat(def.getValue().path("additionalProperties").isBoolean())
            .as(def.getKey()).isTrue();
        assertThat(def.getValue().path("additionalProperties").booleanValue())
            .as(def.getKey()).isFalse();
        assertThat(def.getValue().at("/properties/extensions/$ref").asString())
            .as(def.getKey()).isEqualTo("#/$defs/extensions");
      }
    }
    assertThat(TREE.path("additionalProperties").booleanValue()).isFalse();
    assertThat(objects).containsExactlyInAnyOrderElementsOf(
        INSTANCES.keySet().stream().filter(k -> !k.isEmpty()).toList());
  }

  @Test
  void hasTheCodesOfTheModelsEnumsInTheirOrder() {
    assertThat(codes("stage")).isEqualTo(codes(Stage.values()));
    assertThat(codes("supportType")).isEqualTo(codes(SupportType.values()));
    assertThat(codes("organizationKind")).isEqualTo(codes(OrganizationKind.values()));
    assertThat(codes("partnerRole")).isEqualTo(codes(PartnerRole.values()));
    assertThat(codes("eventRole")).isEqualTo(codes(EventRole.values()));
    assertThat(codes("sessionKind")).isEqualTo(codes(SessionKind.values()));
  }

  @Test
  void namesOnlyPropertiesOfTheFormat() {
    TreeSet<String> names = new TreeSet<>();
    for (String kind : INSTANCES.keySet()) {
      names.addAll(definition(kind).path("properties").propertyNames());
    }

    assertThat(PropertyOrder.NAMES).containsAll(names);
    assertThat(names).containsAll(PropertyOrder.NAMES);
  }

  // ---- what the schema accepts

  @Test
  void acceptsTheSpecExample() {
    assertThat(errors(EXAMPLE)).isEmpty();
    assertThat(READER.read(EXAMPLE).report().problems()).isEmpty();
  }

  @Test
  void acceptsTheSmallestDocument() {
    String smallest = """
        {"scapVersion": "1.0", "taxonomies": [{"id": "t", "name": "T",
          "themes": [{"id": "a", "label": "A"}]}], "cities": []}""";

    assertThat(errors(smallest)).isEmpty();
    assertThat(READER.read(smallest).isValid()).isTrue();
  }

  @Property(tries = 60)
  void acceptsEveryDocumentTheCanonicalWriterWritesOfAValidDocument(
      @ForAll("documents") ScapDocument document) {
    String json = ScapWriter.canonical().toJson(document);

    assertThat(errors(json)).as(json).isEmpty();
    assertThat(READER.read(json).report().problems()).as(json).isEmpty();
  }

  @Provide
  Arbitrary<ScapDocument> documents() {
    return ScapArbitraries.documents();
  }

  // ---- what the schema rejects, as the reader does

  static Stream<Arguments> shapeErrors() {
    return Stream.of(
        // wrong JSON type
        broken("population as a string", "\"population\": 923000",
            "\"population\": \"923000\"", "wrong-type", "/cities/0/population"),
        broken("a latitude as a string", "\"lat\": 10.3157", "\"lat\": \"10.3157\"",
            "wrong-type", "/cities/0/location/lat"),
        broken("taxonomies as an object", "\"taxonomies\": [", "\"taxonomies\": {\"x\": [",
            "\n  ],\n  \"cities\"", "\n  ]},\n  \"cities\"", "wrong-type",
            "/taxonomies"),
        broken("a period's start as a string", "\"start\": 2018", "\"start\": \"2018\"",
            "wrong-type", "/plans/0/period/start"),
        broken("null in a list of networks", "\"networks\": [\"ascn\"] }",
            "\"networks\": [null] }", "wrong-type", "/cities/0/networks/0"),
        broken("a theme as a number", "[\"public-safety\"],\n          \"stage\": \"pilot\"",
            "[7],\n          \"stage\": \"pilot\"", "wrong-type",
            "/plans/0/projects/1/themes/0"),
        broken("a stage as a number", "\"stage\": \"pilot\"", "\"stage\": 1", "wrong-type",
            "/plans/0/projects/1/stage"),
        broken("a focus area as a string", "{ \"theme\": \"traffic-safety\" }",
            "\"traffic-safety\"", "wrong-type", "/plans/0/focusAreas/2"),
        broken("scapVersion as a number", "\"scapVersion\": \"1.1\"", "\"scapVersion\": 1.1",
            "wrong-type", "/scapVersion"),
        broken("extensions as a list", "\"extensions\": { \"x-editor\": \"scap\" }",
            "\"extensions\": [\"scap\"]", "wrong-type", "/metadata/extensions"),
        broken("a challenge as an object", "[\"traffic congestion\"]", "[{}]", "wrong-type",
            "/plans/0/focusAreas/0/challenges/0"),
        // missing or null required property
        broken("a city without a name", "\"name\": \"Cebu City\", ", "", "required",
            "/cities/0/name"),
        broken("a document without cities", "\"cities\": [\n", "\"towns\": [\n",
            "missing-property", "/cities"),
        broken("a partner without a role", "\"role\": \"knowledge-partner\", ", "",
            "required", "/plans/0/partners/0/role"),
        broken("a plan whose title is null", "\"title\": \"Cebu City Smart City Action Plan\"",
            "\"title\": null", "required", "/plans/0/title"),
        broken("a money without currency", ", \"currency\": \"USD\"", "", "required",
            "/plans/0/projects/0/cost/currency"),
        broken("a location without longitude", ", \"lon\": 123.8854", "", "required",
            "/cities/0/location/lon"),
        broken("a version that is null", "\"scapVersion\": \"1.1\"", "\"scapVersion\": null",
            "required", "/scapVersion"),
        broken("an empty title", "\"title\": \"Cebu City Smart City Action Plan\"",
            "\"title\": \"\"", "required", "/plans/0/title"),
        broken("a title of Unicode white space", "\"title\": \"Cebu City Smart City Action Plan\"",
            "\"title\": \"\\u3000\\u2028\\u001f\"", "required", "/plans/0/title"),
        broken("a blank label", "\"label\": \"Safety and Security\"", "\"label\": \" \\t \"",
            "required", "/taxonomies/0/themes/0/label"),
        // unknown property
        broken("a misspelt city property", "\"population\": 923000", "\"populaton\": 923000",
            "unknown-property", "/cities/0/populaton"),
        broken("an unknown top-level property", "\"scapVersion\": \"1.1\",",
            "\"scapVersion\": \"1.1\", \"version\": 1,", "unknown-property", "/version"),
        broken("extensions' content as a property of the project", "\"extensions\": { \"x-note\"",
            "\"x-note\": 1, \"extensions\": { \"x-note\"", "unknown-property",
            "/plans/0/projects/0/x-note"),
        // bad code
        broken("a stage in capitals", "\"stage\": \"pilot\"", "\"stage\": \"Pilot\"",
            "invalid-code", "/plans/0/projects/1/stage"),
        broken("an unknown organization kind", "\"kind\": \"development-agency\"",
            "\"kind\": \"agency\"", "invalid-code", "/organizations/1/kind"),
        broken("a support type in snake case", "\"supportNeeded\": [\"technical-assistance\"]",
            "\"supportNeeded\": [\"technical_assistance\"]", "invalid-code",
            "/plans/0/projects/0/supportNeeded/0"),
        broken("an unknown partner role", "\"role\": \"funder\", \"support\": [\"financing\"]",
            "\"role\": \"sponsor\", \"support\": [\"financing\"]", "invalid-code",
            "/plans/0/projects/0/partners/0/role"),
        // bad identifier, country, currency
        broken("a city id with a space", "{ \"id\": \"davao-city\"", "{ \"id\": \"davao city\"",
            "invalid-identifier", "/cities/1/id"),
        broken("a project id in capitals", "\"id\": \"cebu-brt\"", "\"id\": \"Cebu-BRT\"",
            "invalid-identifier", "/plans/0/projects/0/id"),
        broken("an id starting with a hyphen", "\"id\": \"ascf-2018\"", "\"id\": \"-ascf-2018\"",
            "invalid-identifier", "/taxonomies/0/id"),
        broken("an id of 65 characters", "\"id\": \"cebu-brt\"",
            "\"id\": \"" + "a".repeat(65) + "\"", "invalid-identifier",
            "/plans/0/projects/0/id"),
        broken("an id ending with a line feed", "\"id\": \"cebu-brt\"",
            "\"id\": \"cebu-brt\\n\"", "invalid-identifier", "/plans/0/projects/0/id"),
        broken("an empty network id", "\"networks\": [\"ascn\"] }", "\"networks\": [\"\"] }",
            "invalid-identifier", "/cities/0/networks/0"),
        broken("a country in lower case", "\"country\": \"US\"", "\"country\": \"us\"",
            "invalid-country", "/organizations/1/country"),
        broken("a three-letter country", "\"country\": \"PH\", \"population\": 923000",
            "\"country\": \"PHL\", \"population\": 923000", "invalid-country",
            "/cities/0/country"),
        broken("a currency symbol", "\"currency\": \"USD\"", "\"currency\": \"$\"",
            "invalid-currency", "/plans/0/projects/0/cost/currency"),
        // bad date
        broken("a date without leading zeros", "\"start\": \"2019-01-01\"",
            "\"start\": \"2019-1-1\"", "invalid-date", "/plans/0/projects/0/start"),
        broken("a year too large for 32 bits", "\"start\": 2018", "\"start\": 2147483648",
            "wrong-type", "/plans/0/period/start"),
        broken("a population too large for 64 bits", "\"population\": 923000",
            "\"population\": 9223372036854775808", "wrong-type", "/cities/0/population"),
        broken("a date with a five-digit year", "\"adopted\": \"2018-07-08\"",
            "\"adopted\": \"+10000-01-01\"", "invalid-date", "/plans/0/adopted"),
        broken("a date with a negative year", "\"adopted\": \"2018-07-08\"",
            "\"adopted\": \"-0001-01-01\"", "invalid-date", "/plans/0/adopted"),
        broken("a date that does not exist", "\"adopted\": \"2018-07-08\"",
            "\"adopted\": \"2018-02-29\"", "invalid-date", "/plans/0/adopted"),
        broken("a leap day of a century not divisible by 400", "\"adopted\": \"2018-07-08\"",
            "\"adopted\": \"1900-02-29\"", "invalid-date", "/plans/0/adopted"),
        broken("a date with slashes", "\"created\": \"2026-11-27\"",
            "\"created\": \"2026/11/27\"", "invalid-date", "/metadata/created"),
        broken("a date with a time", "\"end\": \"2025-12-31\"",
            "\"end\": \"2025-12-31T00:00:00Z\"", "invalid-date", "/plans/0/projects/0/end"),
        // numbers out of range
        broken("a negative amount", "\"amount\": 1000000.50", "\"amount\": -0.01",
            "out-of-range", "/plans/0/projects/0/cost/amount"),
        broken("priority 0", "\"priority\": 1", "\"priority\": 0", "out-of-range",
            "/plans/0/focusAreas/0/priority"),
        broken("a negative population", "\"population\": 923000", "\"population\": -1",
            "out-of-range", "/cities/0/population"),
        broken("latitude 91", "\"lat\": 10.3157", "\"lat\": 91", "invalid-coordinate",
            "/cities/0/location/lat"),
        broken("latitude just above 90", "\"lat\": 10.3157", "\"lat\": 90.0000000000000000001",
            "invalid-coordinate", "/cities/0/location/lat"),
        broken("longitude -180.5", "\"lon\": 123.8854", "\"lon\": -180.5", "invalid-coordinate",
            "/cities/0/location/lon"),
        // empty lists that need an entry
        broken("empty focusAreas", "[ { \"theme\": \"safety-security\" }, "
            + "{ \"theme\": \"built-infrastructure\" } ]", "[]", "empty-list",
            "/plans/1/focusAreas"),
        broken("a project without themes",
            "\"themes\": [\"public-safety\"],\n          \"stage\": \"pilot\"",
            "\"themes\": [],\n          \"stage\": \"pilot\"", "empty-list",
            "/plans/0/projects/1/themes"),
        // version
        broken("a version without minor", "\"scapVersion\": \"1.1\"", "\"scapVersion\": \"1\"",
            "invalid-version", "/scapVersion"),
        // events
        broken("events in a 1.0 document", "\"scapVersion\": \"1.1\"",
            "\"scapVersion\": \"1.0\"", "events-in-old-version", "/events"),
        broken("an unknown event role", "\"role\": \"sponsor\"", "\"role\": \"sponsr\"",
            "invalid-code", "/events/0/organizations/0/role"),
        broken("an unknown session kind", "\"kind\": \"plenary\"", "\"kind\": \"keynote\"",
            "invalid-code", "/events/0/sessions/0/kind"),
        broken("an event without start", "\"start\": \"2019-11-21\",\n", "",
            "required", "/events/0/start"),
        broken("table number 0", "\"number\": 1,", "\"number\": 0,", "out-of-range",
            "/events/0/sessions/1/tables/0/number"),
        broken("slot 0", "\"guests\": [\"davao-city\"], \"slot\": 1",
            "\"guests\": [\"davao-city\"], \"slot\": 0", "out-of-range",
            "/events/0/sessions/1/tables/1/slot"),
        broken("no seats", "\"seats\": 8", "\"seats\": 0", "out-of-range",
            "/events/0/sessions/1/tables/0/seats"),
        broken("a venue country in lower case", "\"country\": \"KR\"", "\"country\": \"kr\"",
            "invalid-country", "/events/0/venue/country"),
        broken("a blank event name", "\"name\": \"WeGO-ASCN Mayoral Conference\"",
            "\"name\": \" \"", "required", "/events/0/name"),
        broken("a misspelt table property", "\"room\": \"Room A\"", "\"rooms\": \"Room A\"",
            "unknown-property", "/events/0/sessions/1/tables/0/rooms"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapeErrors")
  void rejectsWhatTheReaderReportsAsAProblemOfShape(String name, String json, String rule,
      String pointer) {
    assertThat(errors(json)).as("schema errors").isNotEmpty();
    List<Problem> problems = READER.read(json).report().errors();
    assertThat(problems).as("reader errors")
        .anySatisfy(p -> {
          assertThat(p.rule()).isEqualTo(rule);
          assertThat(p.pointer()).isEqualTo(pointer);
        });
  }

  static Stream<Arguments> edgesOfTheFormat() {
    String title = "\"title\": \"Cebu City Smart City Action Plan\"";
    return Stream.of(
        edited("a leap day of a century divisible by 400", "\"adopted\": \"2018-07-08\"",
            "\"adopted\": \"2000-02-29\""),
        edited("a leap day of year 0", "\"adopted\": \"2018-07-08\"",
            "\"adopted\": \"0000-02-29\""),
        edited("a title of a no-break space, which is not blank", title,
            "\"title\": \"\\u00a0\""),
        edited("a title of a control character that is not white space", title,
            "\"title\": \"\\u0001\""),
        edited("a title of an emoji", title, "\"title\": \"\\ud83d\\ude00\""),
        edited("an amount of minus zero", "\"amount\": 1000000.50", "\"amount\": -0.0"),
        edited("an amount with an exponent", "\"amount\": 1000000.50", "\"amount\": 1E+6"),
        edited("latitude -90", "\"lat\": 10.3157", "\"lat\": -90.0"),
        edited("longitude 180", "\"lon\": 123.8854", "\"lon\": 180"),
        edited("a negative baseline", "\"baseline\": 0", "\"baseline\": -5"),
        edited("a year written with a fraction of zero", "\"start\": 2018",
            "\"start\": 2018.0"),
        edited("a year written with an exponent", "\"start\": 2018", "\"start\": 2.018e3"),
        edited("a priority written as 1.0", "\"priority\": 1", "\"priority\": 1.0"),
        edited("an empty challenge", "[\"traffic congestion\"]", "[\"\"]"),
        edited("extensions that are null", "\"extensions\": { \"x-editor\": \"scap\" }",
            "\"extensions\": null"),
        edited("empty and null lists, null optional values",
            "{ \"theme\": \"built-infrastructure\" } ],",
            "{ \"theme\": \"built-infrastructure\" } ], \"targets\": [], \"partners\": null,"
                + " \"vision\": null, \"period\": null,"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgesOfTheFormat")
  void acceptsWhatTheReaderAccepts(String name, String json) {
    assertThat(errors(json)).as("schema errors").isEmpty();
    assertThat(READER.read(json).report().errors()).as("reader errors").isEmpty();
  }

  static Stream<Arguments> rulesAcrossValues() {
    return Stream.of(
        broken("two cities with one id", "{ \"id\": \"davao-city\"", "{ \"id\": \"cebu-city\"",
            "duplicate-id", "/cities/1/id"),
        broken("a plan of an unknown city", "\"city\": \"cebu-city\"", "\"city\": \"cebu\"",
            "unknown-reference", "/plans/0/city"),
        broken("a cycle of broader themes",
            "{ \"id\": \"safety-security\", \"label\": \"Safety and Security\" }",
            "{ \"id\": \"safety-security\", \"label\": \"Safety and Security\","
                + " \"broader\": \"public-safety\" }",
            "broader-cycle", "/taxonomies/0/themes/0/broader"),
        broken("a broader theme of another taxonomy",
            "\"label\": \"Roads and Public Space\" }",
            "\"label\": \"Roads and Public Space\", \"broader\": \"safety-security\" }",
            "broader-outside-taxonomy", "/taxonomies/1/themes/1/broader"),
        broken("two focus areas of one priority", "\"priority\": 2", "\"priority\": 1",
            "duplicate-priority", "/plans/0/focusAreas/1/priority"),
        broken("two focus areas of one theme", "{ \"theme\": \"traffic-safety\" }",
            "{ \"theme\": \"public-safety\" }", "duplicate-focus-area",
            "/plans/0/focusAreas/2/theme"),
        broken("a period ending before it starts", "\"end\": 2025 }", "\"end\": 2017 }",
            "invalid-period", "/plans/0/period/end"),
        broken("a project ending before it starts", "\"end\": \"2025-12-31\"",
            "\"end\": \"2018-12-31\"", "invalid-period", "/plans/0/projects/0/end"),
        broken("a country code of the right form that is not assigned", "\"country\": \"US\"",
            "\"country\": \"XX\"", "invalid-country", "/organizations/1/country"),
        broken("a currency code of the right form that is not assigned", "\"currency\": \"USD\"",
            "\"currency\": \"ABC\"", "invalid-currency", "/plans/0/projects/0/cost/currency"),
        broken("a city seated twice in a slot", "\"guests\": [\"davao-city\"]",
            "\"guests\": [\"davao-city\", \"cebu-city\"]", "seated-twice",
            "/events/0/sessions/1/tables/1/guests/1"),
        broken("a guest the event does not invite", "\"cities\": [\"cebu-city\", \"davao-city\"]",
            "\"cities\": [\"cebu-city\"]", "guest-not-invited",
            "/events/0/sessions/1/tables/1/guests/0"),
        broken("two tables of one number", "\"number\": 2", "\"number\": 1",
            "duplicate-table", "/events/0/sessions/1/tables/1/number"),
        broken("a session after its event", "\"date\": \"2019-11-21\",\n          \"taxonomy\"",
            "\"date\": \"2019-11-30\",\n          \"taxonomy\"", "date-outside-event",
            "/events/0/sessions/1/date"),
        broken("an event ending before it starts", "\"end\": \"2019-11-22\"",
            "\"end\": \"2019-11-20\"", "invalid-period", "/events/0/end"),
        broken("tables at a panel", "\"kind\": \"roundtable\"", "\"kind\": \"panel\"",
            "tables-outside-roundtable", "/events/0/sessions/1/tables"),
        broken("a table theme outside its session", "\"theme\": \"roads-public-space\", \"guests\"",
            "\"theme\": \"public-safety\", \"guests\"", "theme-outside-session",
            "/events/0/sessions/1/tables/1/theme"),
        broken("a property given twice", "\"population\": 923000",
            "\"population\": 923000, \"population\": 1", "duplicate-property",
            "/cities/0/population"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAcrossValues")
  void leavesToTheReaderWhatItCannotExpress(String name, String json, String rule,
      String pointer) {
    assertThat(errors(json)).as("schema errors").isEmpty();
    assertThat(READER.read(json).report().errors()).as("reader errors")
        .anySatisfy(p -> {
          assertThat(p.rule()).isEqualTo(rule);
          assertThat(p.pointer()).isEqualTo(pointer);
        });
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("a top-level array", "[" + EXAMPLE + "]", "not-a-document"),
        Arguments.of("a top-level string", "\"scap\"", "not-a-document"),
        Arguments.of("a newer minor version", edit(EXAMPLE, "\"scapVersion\": \"1.1\"",
            "\"scapVersion\": \"1.2\""), "unsupported-version"),
        Arguments.of("another major version", edit(EXAMPLE, "\"scapVersion\": \"1.1\"",
            "\"scapVersion\": \"2.0\""), "unsupported-version"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void rejectsWhatTheReaderRefusesToRead(String name, String json, String rule) {
    assertThat(errors(json)).as("schema errors").isNotEmpty();
    assertThatThrownBy(() -> READER.read(json))
        .isInstanceOfSatisfying(ScapFormatException.class,
            e -> assertThat(e.problem().rule()).isEqualTo(rule));
  }

  // ---- the schema and the reader agree on each object's properties

  static Stream<Arguments> kindsAndNames() {
    List<Arguments> cases = new ArrayList<>();
    for (String kind : INSTANCES.keySet()) {
      List<String> names = new ArrayList<>(PropertyOrder.NAMES);
      names.add("colour");
      for (String name : names) {
        cases.add(Arguments.of(kind.isEmpty() ? "document" : kind, name));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}.{1} = null")
  @MethodSource("kindsAndNames")
  void agreesWithTheReaderOnAPropertySetToNull(String kind, String name) {
    JsonNode definition = definition(kind);
    boolean known = definition.path("properties").has(name);
    boolean required = requiredNames(definition).contains(name);
    String at = INSTANCES.get(kind.equals("document") ? "" : kind);
    ObjectNode document = (ObjectNode) MAPPER.readTree(EXAMPLE);
    ((ObjectNode) document.at(at)).putNull(name);
    String json = MAPPER.writeValueAsString(document);

    boolean schemaAccepts = errors(json).isEmpty();
    List<Problem> here = errorsAt(json, at + "/" + name);

    assertThat(schemaAccepts).as("schema accepts").isEqualTo(known && !required);
    assertThat(here.isEmpty()).as("reader finds nothing there: %s", here).isEqualTo(schemaAccepts);
    if (!known) {
      assertThat(here).extracting(Problem::rule).contains("unknown-property");
    }
  }

  static Stream<Arguments> kindsAndProperties() {
    List<Arguments> cases = new ArrayList<>();
    for (String kind : INSTANCES.keySet()) {
      for (String name : definition(kind).path("properties").propertyNames()) {
        cases.add(Arguments.of(kind.isEmpty() ? "document" : kind, name));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("kindsAndProperties")
  void agreesWithTheReaderOnAnAbsentProperty(String kind, String name) {
    JsonNode definition = definition(kind);
    boolean required = requiredNames(definition).contains(name);
    String at = INSTANCES.get(kind.equals("document") ? "" : kind);
    ObjectNode document = (ObjectNode) MAPPER.readTree(EXAMPLE);
    ((ObjectNode) document.at(at)).remove(name);
    String json = MAPPER.writeValueAsString(document);

    boolean schemaAccepts = errors(json).isEmpty();
    List<Problem> here = errorsAt(json, at + "/" + name);

    assertThat(schemaAccepts).as("schema accepts").isEqualTo(!required);
    assertThat(here.isEmpty()).as("reader finds nothing there: %s", here).isEqualTo(schemaAccepts);
  }

  // ---- helpers

  /** The example with edits (pairs of texts to replace), and the rule and pointer expected. */
  private static Arguments broken(String name, String... edits) {
    String json = EXAMPLE;
    for (int i = 0; i + 1 < edits.length - 2; i += 2) {
      json = edit(json, edits[i], edits[i + 1]);
    }
    return Arguments.of(name, json, edits[edits.length - 2], edits[edits.length - 1]);
  }

  /** The example with edits: pairs of texts to replace. */
  private static Arguments edited(String name, String... edits) {
    String json = EXAMPLE;
    for (int i = 0; i + 1 < edits.length; i += 2) {
      json = edit(json, edits[i], edits[i + 1]);
    }
    return Arguments.of(name, json);
  }

  /** Replaces the one occurrence of {@code from}, so that an edit never lands elsewhere. */
  private static String edit(String json, String from, String to) {
    int at = json.indexOf(from);
    if (at < 0 || json.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in the example: " + from);
    }
    return json.substring(0, at) + to + json.substring(at + from.length());
  }

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** The reader's errors at or under a pointer. */
  private static List<Problem> errorsAt(String json, String pointer) {
    return READER.read(json).report().errors().stream()
        .filter(p -> p.pointer().equals(pointer) || p.pointer().startsWith(pointer + "/"))
        .toList();
  }

  private static JsonNode definition(String kind) {
    return kind.isEmpty() || kind.equals("document") ? TREE : TREE.path("$defs").path(kind);
  }

  private static List<String> requiredNames(JsonNode definition) {
    return definition.path("required").values().stream().map(JsonNode::asString).toList();
  }

  private static List<String> codes(String definition) {
    return TREE.path("$defs").path(definition).path("enum").values().stream()
        .map(JsonNode::asString).toList();
  }

  private static List<String> codes(Coded[] constants) {
    return Arrays.stream(constants).map(Coded::code).toList();
  }

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(
        ScapSchemaTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
