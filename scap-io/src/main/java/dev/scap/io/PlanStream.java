package dev.scap.io;

import dev.scap.io.internal.Columns;
import dev.scap.io.internal.DocumentParser;
import dev.scap.io.internal.Encodings;
import dev.scap.io.internal.HashedIds;
import dev.scap.io.internal.Json;
import dev.scap.io.internal.Locator;
import dev.scap.model.Event;
import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.internal.BeanValidation;
import dev.scap.model.internal.DocumentRules;
import dev.scap.model.internal.PropertyOrder;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A document read plan by plan, in memory that does not grow with the number of plans: the
 * document's header (everything but its plans) is read first, then each plan as it is asked
 * for, validated as it comes. Problems go to a consumer as they are found, with their lines and
 * columns; nothing of a plan is kept once the next is read.
 *
 * <p>The document must give its {@code taxonomies}, {@code cities} and {@code organizations}
 * before its {@code plans}, as the canonical form does; only {@code scapVersion},
 * {@code metadata}, {@code events} and {@code extensions} may follow the plans, and a
 * {@code scapVersion} that follows them is checked once they are read. The events, which come
 * after the plans in the canonical form, are kept in the {@link #header()} and checked once the
 * plans are read. Duplicate plan and project ids are found through
 * 128-bit hashes of the ids, so the place of the first of two is not told, and two different
 * ids could in theory collide (with a chance below 10⁻²⁰ for a billion ids).
 *
 * <p>Read from a file, the problems of a plan are placed exactly: the plan is read again from
 * its offset. Read from a stream, they are placed at the start of their plan, those of an event
 * at the start of their event, and the other problems of the header at the start of the
 * document. Not thread-safe.
 */
public final class PlanStream implements Iterator<Plan>, AutoCloseable {

  private static final Comparator<Problem> ORDER = Comparator
      .comparingInt(Problem::line).thenComparingInt(Problem::column)
      .thenComparing(Problem::pointer, PropertyOrder.POINTERS).thenComparing(Problem::rule);

  private static final String VERSION = "/scapVersion";

  private static final String EVENTS = "/events/";

  /**
   * The most bytes read again to count columns in characters; past it, as for a header larger
   * than this, columns stay counted in bytes, so that placing a problem never needs much memory.
   */
  private static final int MAX_PART = 64 << 20;

  private final JsonParser parser;
  private final DocumentParser reader;
  private final Consumer<Problem> problems;
  private final Path file;
  private final int bomLength;
  private Columns columns;
  private final JsonFactory factory;
  private final DocumentRules rules;
  private ScapDocument header;
  private int index;
  private Plan next;
  private boolean ended;
  /** Whether {@code scapVersion} is still to come, after the plans. */
  private boolean versionFollows;
  private int errors;
  private int warnings;

  PlanStream(JsonFactory factory, InputStream in, Path file, int bomLength, ReadLimits limits,
      Consumer<Problem> problems) {
    this.factory = factory;
    this.file = file;
    this.bomLength = bomLength;
    this.problems = problems;
    this.parser = factory.createParser(ObjectReadContext.empty(), in);
    try {
      reader = new DocumentParser(parser, limits);
      header = reader.readHeader();
      ended = parser.currentToken() == null;
      rules = DocumentRules.forHeader(header, new HashedIds());
      List<Problem> found = new ArrayList<>(BeanValidation.shared().validateHeader(header,
          pointer -> DocumentParser.isFlagged(pointer, reader.flagged())));
      found.addAll(rules.headerProblems());
      if (ended) {
        found.addAll(rules.eventProblems(header));  // no plans: the events were read too
      }
      versionFollows = !ended && header.scapVersion() == null
          && !reader.flagged().contains(VERSION);
      if (versionFollows) {
        found.removeIf(problem -> problem.pointer().equals(VERSION));
      }
      Supplier<JsonParser> source = file == null ? null : () -> source(0);
      columns = file == null || found.isEmpty() && reader.problems().isEmpty() ? null
          : columns(0, 1);
      emit(file == null ? atTheirEvents(found) : found, reader.flagged(), source, "", 1, 1);
    } catch (JacksonException e) {
      throw closeAfter(inCharacters(Json.translate(e, parser), 0, 1));
    } catch (ScapFormatException e) {
      throw closeAfter(inCharacters(e, 0, 1));
    } catch (RuntimeException e) {
      throw closeAfter(e);
    }
  }

  /**
   * Returns the document without its plans, as read before them (and, once every plan has been
   * read, with what followed them).
   *
   * @return the header
   */
  public ScapDocument header() {
    return header;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = readPlan();
    }
    return next != null;
  }

  @Override
  public Plan next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more plans");
    }
    Plan plan = next;
    next = null;
    return plan;
  }

  /**
   * Returns how many errors were found so far.
   *
   * @return the number of problems of severity error given to the consumer
   */
  public int errors() {
    return errors;
  }

  /**
   * Returns how many warnings were found so far.
   *
   * @return the number of problems of severity warning given to the consumer
   */
  public int warnings() {
    return warnings;
  }

  /**
   * Returns how many plans were read so far.
   *
   * @return the number of plans
   */
  public int plansRead() {
    return index;
  }

  @Override
  public void close() {
    parser.close();
  }

  private Plan readPlan() {
    try {
      Plan plan = reader.nextPlan(index);
      if (plan == null) {
        boolean eventsFollow = header.events().isEmpty();
        TokenStreamLocation plansEnd = parser.currentTokenLocation();
        header = reader.readTrailer(header);
        ended = true;
        List<Problem> found = new ArrayList<>();
        if (versionFollows) {
          found.addAll(BeanValidation.shared().validateValue(ScapDocument.class, "scapVersion",
              header.scapVersion(), ""));
        }
        if (eventsFollow) {
          // the events follow the plans, as in the canonical form: checked only now
          List<Event> events = header.events();
          for (int i = 0; i < events.size(); i++) {
            found.addAll(BeanValidation.shared().validate(events.get(i), "/events/" + i));
          }
        }
        found.addAll(rules.eventProblems(header));
        Supplier<JsonParser> source = file == null || found.isEmpty() ? null : () -> source(0);
        // What follows the plans (the events) is read again to count its columns; before it,
        // as in the header of a large file, columns stay counted in bytes.
        columns = file == null || found.isEmpty() && reader.problems().isEmpty() ? null
            : columns(bomLength + plansEnd.getByteOffset() - (plansEnd.getColumnNr() - 1),
                plansEnd.getLineNr());
        emit(file == null ? atTheirEvents(found) : found, reader.flagged(), source, "", 1, 1);
        return null;
      }
      TokenStreamLocation start = reader.lastPlanStart();
      String base = "/plans/" + index;
      List<Problem> found = new ArrayList<>(BeanValidation.shared().validate(plan, base));
      found.addAll(rules.checkPlan(plan, index));
      index++;
      long offset = bomLength + start.getByteOffset();
      columns = file == null || found.isEmpty() && reader.problems().isEmpty() ? null
          : columns(offset - (start.getColumnNr() - 1), start.getLineNr());
      emit(found, reader.flagged(), file == null ? null : () -> source(offset), base,
          start.getLineNr(), start.getColumnNr());
      return plan;
    } catch (JacksonException e) {
      TokenStreamLocation start = reader.lastPlanStart();
      boolean inPlans = start.getByteOffset() >= 0 && start.getLineNr() > 0;
      throw inCharacters(Json.translate(e, parser),
          inPlans ? bomLength + start.getByteOffset() - (start.getColumnNr() - 1) : 0,
          inPlans ? start.getLineNr() : 1);
    }
  }

  private void emit(List<Problem> model, Set<String> flagged, Supplier<JsonParser> source,
      String base, int line, int column) {
    List<Problem> found = new ArrayList<>(reader.problems());
    reader.problems().clear();
    for (Problem problem : model) {
      if (!DocumentParser.isFlagged(problem.pointer(), flagged)) {
        found.add(problem);
      }
    }
    flagged.clear();
    if (found.isEmpty()) {
      return;
    }
    List<Problem> placed = source == null
        ? at(found, line, column) : new ArrayList<>(Locator.place(found, source, base, line,
            column));
    // sorted first, so that the columns of problems sharing a line are counted in one pass
    placed.sort(ORDER);
    if (columns != null) {
      placed = new ArrayList<>(columns.inCharacters(placed));
      placed.sort(ORDER);
    }
    for (Problem problem : placed) {
      if (problem.isError()) {
        errors++;
      } else {
        warnings++;
      }
      problems.accept(problem);
    }
  }

  /**
   * Places the problems of events, which a stream cannot read again, at the start of their
   * event, as the problems of a plan are placed at the start of their plan.
   */
  private List<Problem> atTheirEvents(List<Problem> found) {
    List<TokenStreamLocation> starts = reader.eventStarts();
    List<Problem> placed = new ArrayList<>(found.size());
    for (Problem problem : found) {
      String pointer = problem.pointer();
      int index = -1;
      if (!problem.hasLocation() && pointer.startsWith(EVENTS)) {
        int end = pointer.indexOf('/', EVENTS.length());
        String digits = pointer.substring(EVENTS.length(), end < 0 ? pointer.length() : end);
        index = digits.isEmpty() || digits.length() > 9 || !digits.chars()
            .allMatch(Character::isDigit) ? -1 : Integer.parseInt(digits);
      }
      TokenStreamLocation at = index >= 0 && index < starts.size() ? starts.get(index) : null;
      placed.add(at == null ? problem : problem.at(at.getLineNr(), at.getColumnNr()));
    }
    return placed;
  }

  private static List<Problem> at(List<Problem> found, int line, int column) {
    List<Problem> placed = new ArrayList<>(found.size());
    for (Problem problem : found) {
      placed.add(problem.hasLocation() ? problem : problem.at(line, column));
    }
    return placed;
  }

  /** The exception, its place counted in characters as the whole read counts it. */
  private ScapFormatException inCharacters(ScapFormatException e, long start, int line) {
    byte[] part = file == null ? null : part(start);
    if (part == null) {
      return e;
    }
    Problem cut = Encodings.cutCharacter(e.problem(), part, 0, part.length);
    Problem problem = cut.message().startsWith("Invalid UTF-8")
        ? Encodings.placeMalformed(cut, part, 0, part.length, line)
        : new Columns(part, 0, part.length, line).inCharacters(List.of(cut)).get(0);
    return new ScapFormatException(problem, e.getCause());
  }

  /**
   * Columns in characters for the part of the file from {@code start} (the beginning of line
   * {@code line}) to where the parser is: read again, as the whole read counts them; {@code null}
   * for a part larger than {@link #MAX_PART}.
   */
  private Columns columns(long start, int line) {
    byte[] part = part(start);
    return part == null ? null : new Columns(part, 0, part.length, line);
  }

  /**
   * The file from {@code start} to where the parser is, read again; {@code null} for a part
   * larger than {@link #MAX_PART}.
   */
  private byte[] part(long start) {
    long end = bomLength + parser.currentLocation().getByteOffset();
    if (start < 0 || end <= start || end - start > MAX_PART) {
      return null;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (end - start));
      while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) > 0) {
        // read the whole part
      }
      return Arrays.copyOf(buffer.array(), buffer.position());
    } catch (IOException e) {
      return null;
    }
  }

  private JsonParser source(long offset) {
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      channel.position(offset);
      return factory.createParser(ObjectReadContext.empty(), Channels.newInputStream(channel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }



  private RuntimeException closeAfter(RuntimeException e) {
    parser.close();
    return e;
  }
}
