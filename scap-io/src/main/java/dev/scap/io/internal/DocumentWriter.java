package dev.scap.io.internal;

import dev.scap.model.City;
import dev.scap.model.Coded;
import dev.scap.model.Event;
import dev.scap.model.EventOrganization;
import dev.scap.model.Extensions;
import dev.scap.model.FocusArea;
import dev.scap.model.Identifier;
import dev.scap.model.Indicator;
import dev.scap.model.Invitation;
import dev.scap.model.Location;
import dev.scap.model.Metadata;
import dev.scap.model.Money;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Period;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.SeatedTable;
import dev.scap.model.Session;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import dev.scap.model.Venue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes the canonical form of a document: properties in the order of the format, extensions
 * last, absent values and empty lists left out, two-space indent, {@code \n} line ends, numbers
 * in plain decimal notation. The same document always gives the same bytes.
 *
 * <p>A document can be written whole, or in three steps (header, plans one by one, end) so that
 * a document larger than memory can be written as it is made. Not thread-safe.
 */
public final class DocumentWriter {

  /**
   * The factory for every canonical generator: closing a generator flushes the caller's stream
   * and leaves it open.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Supplies a fresh canonical pretty printer to each generator. */
  private static final ObjectWriteContext CANONICAL = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
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

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final JsonGenerator out;
  private boolean plansOpen;

  /**
   * Creates a canonical generator onto a stream, as UTF-8; closing it flushes the stream and
   * leaves it open.
   *
   * @param out the stream
   * @return the generator
   */
  public static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(CANONICAL, out, JsonEncoding.UTF8);
  }

  /**
   * Creates a canonical generator onto a character stream; closing it flushes the stream and
   * leaves it open.
   *
   * @param out the character stream
   * @return the generator
   */
  public static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(CANONICAL, out);
  }

  /**
   * Gives back the input or output failure that Jackson wrapped.
   *
   * @param e what a generator threw
   * @return the failure as an {@code IOException}
   */
  public static IOException unwrap(JacksonException e) {
    return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }

  /**
   * Creates a writer onto a generator made by {@link #generator}.
   *
   * @param out the generator
   */
  public DocumentWriter(JsonGenerator out) {
    this.out = out;
  }

  /**
   * Writes a whole document, ending with a line feed.
   *
   * @param document the document
   */
  public void write(ScapDocument document) {
    writeHeader(document);
    for (Plan plan : document.plans()) {
      writePlan(plan);
    }
    finish(document);
  }

  /**
   * Starts a document: everything before its plans.
   *
   * @param document the document; its plans are not written
   */
  public void writeHeader(ScapDocument document) {
    out.writeStartObject();
    text("scapVersion", document.scapVersion());
    Metadata metadata = document.metadata();
    if (!metadata.equals(Metadata.EMPTY)) {
      out.writeName("metadata");
      metadata(metadata);
    }
    list("taxonomies", document.taxonomies(), this::taxonomy);
    out.writeName("cities");
    out.writeStartArray();
    document.cities().forEach(this::city);
    out.writeEndArray();
    list("organizations", document.organizations(), this::organization);
  }

  /**
   * Writes one plan, after the header and the plans before it.
   *
   * @param plan the plan
   */
  public void writePlan(Plan plan) {
    if (!plansOpen) {
      out.writeName("plans");
      out.writeStartArray();
      plansOpen = true;
    }
    plan(plan);
  }

  /**
   * Ends a document, with a line feed.
   *
   * @param document the document whose events and extensions end it
   */
  public void finish(ScapDocument document) {
    if (plansOpen) {
      out.writeEndArray();
    }
    list("events", document.events(), this::event);
    extensions(document.extensions());
    out.writeEndObject();
    out.writeRaw('\n');
    out.flush();
  }

  private void metadata(Metadata m) {
    out.writeStartObject();
    text("title", m.title());
    text("description", m.description());
    text("source", m.source());
    text("license", m.license());
    date("created", m.created());
    text("notes", m.notes());
    extensions(m.extensions());
    out.writeEndObject();
  }

  private void taxonomy(Taxonomy t) {
    out.writeStartObject();
    id("id", t.id());
    text("name", t.name());
    list("themes", t.themes(), this::theme);
    extensions(t.extensions());
    out.writeEndObject();
  }

  private void theme(Theme t) {
    out.writeStartObject();
    id("id", t.id());
    text("label", t.label());
    text("description", t.description());
    id("broader", t.broader());
    extensions(t.extensions());
    out.writeEndObject();
  }

  private void city(City c) {
    out.writeStartObject();
    id("id", c.id());
    text("name", c.name());
    text("country", c.country());
    if (c.population() != null) {
      out.writeNumberProperty("population", c.population());
    }
    if (c.location() != null) {
      Location l = c.location();
      out.writeName("location");
      out.writeStartObject();
      number("lat", l.lat());
      number("lon", l.lon());
      extensions(l.extensions());
      out.writeEndObject();
    }
    list("networks", c.networks(), out::writeString);
    extensions(c.extensions());
    out.writeEndObject();
  }

  private void organization(Organization o) {
    out.writeStartObject();
    id("id", o.id());
    text("name", o.name());
    code("kind", o.kind());
    text("country", o.country());
    list("offers", o.offers(), c -> out.writeString(c.code()));
    list("themes", o.themes(), t -> out.writeString(t.value()));
    extensions(o.extensions());
    out.writeEndObject();
  }

  private void plan(Plan p) {
    out.writeStartObject();
    id("id", p.id());
    id("city", p.city());
    text("title", p.title());
    date("adopted", p.adopted());
    if (p.period() != null) {
      Period period = p.period();
      out.writeName("period");
      out.writeStartObject();
      integer("start", period.start());
      integer("end", period.end());
      extensions(period.extensions());
      out.writeEndObject();
    }
    text("vision", p.vision());
    list("focusAreas", p.focusAreas(), this::focusArea);
    list("targets", p.targets(), this::target);
    list("projects", p.projects(), this::project);
    list("partners", p.partners(), this::partner);
    extensions(p.extensions());
    out.writeEndObject();
  }

  private void focusArea(FocusArea f) {
    out.writeStartObject();
    id("theme", f.theme());
    integer("priority", f.priority());
    list("challenges", f.challenges(), out::writeString);
    extensions(f.extensions());
    out.writeEndObject();
  }

  private void target(Target t) {
    out.writeStartObject();
    text("description", t.description());
    id("theme", t.theme());
    integer("year", t.year());
    extensions(t.extensions());
    out.writeEndObject();
  }

  private void project(Project p) {
    out.writeStartObject();
    id("id", p.id());
    text("title", p.title());
    text("description", p.description());
    list("themes", p.themes(), t -> out.writeString(t.value()));
    code("stage", p.stage());
    date("start", p.start());
    date("end", p.end());
    if (p.cost() != null) {
      Money cost = p.cost();
      out.writeName("cost");
      out.writeStartObject();
      number("amount", cost.amount());
      text("currency", cost.currency());
      extensions(cost.extensions());
      out.writeEndObject();
    }
    list("supportNeeded", p.supportNeeded(), c -> out.writeString(c.code()));
    list("partners", p.partners(), this::partner);
    list("indicators", p.indicators(), this::indicator);
    extensions(p.extensions());
    out.writeEndObject();
  }

  private void partner(Partner p) {
    out.writeStartObject();
    id("organization", p.organization());
    code("role", p.role());
    list("support", p.support(), c -> out.writeString(c.code()));
    text("note", p.note());
    extensions(p.extensions());
    out.writeEndObject();
  }

  private void indicator(Indicator i) {
    out.writeStartObject();
    text("name", i.name());
    text("unit", i.unit());
    number("baseline", i.baseline());
    number("target", i.target());
    integer("targetYear", i.targetYear());
    extensions(i.extensions());
    out.writeEndObject();
  }

  private void event(Event e) {
    out.writeStartObject();
    id("id", e.id());
    text("name", e.name());
    date("start", e.start());
    date("end", e.end());
    if (e.venue() != null) {
      Venue v = e.venue();
      out.writeName("venue");
      out.writeStartObject();
      text("name", v.name());
      text("address", v.address());
      text("city", v.city());
      text("country", v.country());
      extensions(v.extensions());
      out.writeEndObject();
    }
    list("organizations", e.organizations(), this::eventOrganization);
    list("cities", e.cities(), c -> out.writeString(c.value()));
    list("sessions", e.sessions(), this::session);
    text("note", e.note());
    extensions(e.extensions());
    out.writeEndObject();
  }

  private void eventOrganization(EventOrganization o) {
    out.writeStartObject();
    id("organization", o.organization());
    code("role", o.role());
    extensions(o.extensions());
    out.writeEndObject();
  }

  private void session(Session s) {
    out.writeStartObject();
    id("id", s.id());
    code("kind", s.kind());
    text("title", s.title());
    text("description", s.description());
    date("date", s.date());
    id("taxonomy", s.taxonomy());
    list("themes", s.themes(), t -> out.writeString(t.value()));
    list("tables", s.tables(), this::table);
    extensions(s.extensions());
    out.writeEndObject();
  }

  private void table(SeatedTable t) {
    out.writeStartObject();
    integer("number", t.number());
    id("theme", t.theme());
    integer("seats", t.seats());
    list("guests", t.guests(), c -> out.writeString(c.value()));
    list("partners", t.partners(), this::invitation);
    integer("slot", t.slot());
    text("room", t.room());
    extensions(t.extensions());
    out.writeEndObject();
  }

  private void invitation(Invitation i) {
    out.writeStartObject();
    id("organization", i.organization());
    text("note", i.note());
    extensions(i.extensions());
    out.writeEndObject();
  }

  private void extensions(Extensions extensions) {
    if (!extensions.isEmpty()) {
      out.writeName("extensions");
      value(extensions.values());
    }
  }

  private void value(Object value) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof BigDecimal d) {
      out.writeNumber(d);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeName((String) entry.getKey());
        value(entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        value(item);
      }
      out.writeEndArray();
    } else {
      throw new IllegalStateException("not a JSON value: " + value.getClass());
    }
  }

  private <T> void list(String name, List<T> items, Consumer<T> writer) {
    if (!items.isEmpty()) {
      out.writeName(name);
      out.writeStartArray();
      items.forEach(writer);
      out.writeEndArray();
    }
  }

  private void text(String name, String value) {
    if (value != null) {
      out.writeStringProperty(name, value);
    }
  }

  private void id(String name, Identifier value) {
    if (value != null) {
      out.writeStringProperty(name, value.value());
    }
  }

  private void code(String name, Coded value) {
    if (value != null) {
      out.writeStringProperty(name, value.code());
    }
  }

  private void date(String name, LocalDate value) {
    if (value != null) {
      out.writeStringProperty(name, value.toString());
    }
  }

  private void integer(String name, Integer value) {
    if (value != null) {
      out.writeNumberProperty(name, value);
    }
  }

  private void number(String name, BigDecimal value) {
    if (value != null) {
      out.writeName(name);
      out.writeNumber(value);
    }
  }
}
