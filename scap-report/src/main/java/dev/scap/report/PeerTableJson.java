package dev.scap.report;

import dev.scap.analysis.internal.peers.PeerTable;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.model.CityId;
import dev.scap.model.Project;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Out;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Every city's peers in JSON, the same bytes as {@link ResultsJson#cityPeers} writes for each
 * city, written straight from the top-k's indexes ({@link PeerTable}) without making the
 * peers' objects. A city's projects behind a theme recur in every pair that shares the theme,
 * on the city's side or on the peer's (about 6 million ids over the 1.2 million shared themes
 * of 10,000 cities' top 10): each city's array of projects on each of its themes is rendered
 * once, by a generator, and each shared theme is then assembled from bytes a generator wrote.
 *
 * <p>A shared theme's object, as {@link ResultsJson#sharedTheme} writes it, is a head (up to the
 * name of the city's projects), the city's array, a middle (up to the name of the peer's), the
 * peer's array and an end. Each theme's object without projects is rendered once, marking
 * where its parts begin and end; each array, the colon before it included, is rendered as the
 * value of a property, which is what it is in the object. The city's side of a theme is its
 * head, the city's array and its middle; the peer's side is the peer's array and the end. A
 * peer's shared themes are assembled into one run of bytes, separated by commas as a generator
 * without a pretty printer separates the elements of an array, and written as one raw value
 * inside the array the generator opened.
 *
 * <p>Memory: every city's sides are rendered before the first city is written, each array of
 * projects held twice (in the city's side and in the peer's), about 20 MB for 10,000 cities of
 * 17 projects, held while the output is written.
 */
final class PeerTableJson {

  private static final byte COMMA = ',';

  private PeerTableJson() {}

  /**
   * Writes each city's peers as the elements of a JSON array.
   *
   * @param json the generator of the whole output, which has just started the array and will
   *     end it
   * @param out the stream {@code json} writes to
   * @param table the peers
   * @param names the name of each city
   * @throws IOException if writing fails
   */
  static void write(JsonGenerator json, OutputStream out, PeerTable table,
      Function<CityId, String> names) throws IOException {
    Themes themes = new Themes(table.themes());
    int n = table.cities().size();
    // Each task borrows what it renders with and gives it back: as many are made as run at
    // once, and nothing stays with the pool's threads.
    Queue<Renderer> renderers = new ConcurrentLinkedQueue<>();
    Sides[] sides = IntStream.range(0, n).parallel().mapToObj(c -> {
      Renderer renderer = borrow(renderers, Renderer::new);
      try {
        return Sides.of(table, c, themes, renderer);
      } finally {
        renderers.add(renderer);
      }
    }).toArray(Sides[]::new);
    // all given back now; after a failure, one may still be in use, and all are left unclosed
    renderers.forEach(Renderer::close);
    Queue<Run> runs = new ConcurrentLinkedQueue<>();
    Out.jsonElements(json, out, IntStream.range(0, n).boxed().toList(), (generator, c) -> {
      Run run = borrow(runs, Run::new);
      try {
        city(generator, table, c, sides, themes, run, names);
      } finally {
        runs.add(run);
      }
    });
  }

  private static <T> T borrow(Queue<T> idle, Supplier<T> made) {
    T one = idle.poll();
    return one != null ? one : made.get();
  }

  /** Writes one city and its peers. */
  private static void city(JsonGenerator json, PeerTable table, int c, Sides[] sides,
      Themes themes, Run run, Function<CityId, String> names) {
    List<CityId> cities = table.cities();
    ResultsJson.startCityPeers(json, cities.get(c), names);
    int[] peers = table.peers(c);
    double[] scores = table.scores(c);
    for (int x = 0; x < peers.length; x++) {
      int p = peers[x];
      ResultsJson.startPeer(json, cities.get(p), scores[x], names);
      run.clear();
      shared(run, table.themes(c), sides[c], table.themes(p), sides[p], themes);
      if (run.length > 0) {
        json.writeRawValue(run);
      }
      ResultsJson.endArrayAndObject(json);
    }
    ResultsJson.endArrayAndObject(json);
  }

  /** Assembles the objects of the themes two cities share, with commas between them. */
  private static void shared(Run run, int[] own, Sides mine, int[] theirs, Sides its,
      Themes themes) {
    for (int a = 0, b = 0; a < own.length && b < theirs.length; ) {
      if (own[a] < theirs[b]) {
        a++;
      } else if (own[a] > theirs[b]) {
        b++;
      } else {
        int t = own[a];
        if (run.length > 0) {
          run.add(COMMA);
        }
        // where neither has projects, the theme's two sides are its object without projects
        if (mine.has(a)) {
          mine.addCitySide(run, a);
        } else {
          themes.addCitySide(run, t);
        }
        if (its.has(b)) {
          its.addPeerSide(run, b);
        } else {
          themes.addPeerSide(run, t);
        }
        a++;
        b++;
      }
    }
  }

  /**
   * Each theme's shared object without projects, and where its parts end: the head, the city's
   * (empty) array, the middle, the peer's, and the end.
   */
  private static final class Themes {
    final byte[][] objects;
    final int[][] marks;

    Themes(List<ThemeId> ids) {
      objects = new byte[ids.size()][];
      marks = new int[ids.size()][];
      for (int t = 0; t < ids.size(); t++) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] at = new int[4];
        int[] marked = {0};
        try (JsonGenerator json = Out.jsonAdjacent(bytes)) {
          ResultsJson.sharedTheme(json, new SharedTheme(ids.get(t), List.of(), List.of()),
              () -> at[marked[0]++] = bytes.size() + json.streamWriteOutputBuffered());
        }
        objects[t] = bytes.toByteArray();
        marks[t] = at;
      }
    }

    int headEnd(int t) {
      return marks[t][0];
    }

    int middleStart(int t) {
      return marks[t][1];
    }

    int middleEnd(int t) {
      return marks[t][2];
    }

    int endStart(int t) {
      return marks[t][3];
    }

    /** Adds the city's side of theme t where the city has no project on it. */
    void addCitySide(Run run, int t) {
      run.add(objects[t], 0, middleEnd(t));
    }

    /** Adds the peer's side of theme t where the peer has no project on it. */
    void addPeerSide(Run run, int t) {
      run.add(objects[t], middleEnd(t), objects[t].length);
    }
  }

  /**
   * A city's sides of the themes it has projects on: in {@code bytes}, for each such slot, the
   * city's side then the peer's, from {@code starts[2s]} and {@code starts[2s + 1]} to
   * {@code ends[s]}; -1 at a slot without projects.
   */
  private record Sides(byte[] bytes, int[] starts, int[] ends) {

    static Sides of(PeerTable table, int c, Themes themes, Renderer renderer) {
      int[] own = table.themes(c);
      int[] starts = new int[2 * own.length];
      int[] ends = new int[own.length];
      Arrays.fill(starts, -1);
      int[][] places = table.projectPlaces(c);
      if (Arrays.stream(places).allMatch(onTheme -> onTheme.length == 0)) {
        return new Sides(new byte[0], starts, ends);
      }
      List<Project> projects = table.projects(c);
      // each array of projects as the value of a property, the colon before it included
      Run values = renderer.values;
      JsonGenerator json = renderer.json;
      values.clear();
      int[] from = new int[own.length];
      int[] to = new int[own.length];
      json.writeStartObject();
      for (int s = 0; s < own.length; s++) {
        if (places[s].length > 0) {
          json.writeName("projects");
          from[s] = values.length + json.streamWriteOutputBuffered();
          // as ResultsJson.values writes the ids
          json.writeStartArray();
          for (int p : places[s]) {
            json.writeString(projects.get(p).id().value());
          }
          json.writeEndArray();
          to[s] = values.length + json.streamWriteOutputBuffered();
        }
      }
      json.writeEndObject();
      json.flush();
      byte[] rendered = values.bytes;
      Run sides = renderer.sides;
      sides.clear();
      for (int s = 0; s < own.length; s++) {
        if (to[s] > from[s]) {
          int t = own[s];
          byte[] object = themes.objects[t];
          starts[2 * s] = sides.length;
          sides.add(object, 0, themes.headEnd(t));
          sides.add(rendered, from[s], to[s]);
          sides.add(object, themes.middleStart(t), themes.middleEnd(t));
          starts[2 * s + 1] = sides.length;
          sides.add(rendered, from[s], to[s]);
          sides.add(object, themes.endStart(t), object.length);
          ends[s] = sides.length;
        }
      }
      return new Sides(Arrays.copyOf(sides.bytes, sides.length), starts, ends);
    }

    boolean has(int slot) {
      return starts[2 * slot] >= 0;
    }

    void addCitySide(Run run, int slot) {
      run.add(bytes, starts[2 * slot], starts[2 * slot + 1]);
    }

    void addPeerSide(Run run, int slot) {
      run.add(bytes, starts[2 * slot + 1], ends[slot]);
    }
  }

  /**
   * What renders the sides of cities, city after city, for one task at a time: a generator
   * whose values at the root follow each other, flushed after each city into bytes cleared
   * before the next, and the bytes the sides are assembled in.
   */
  private static final class Renderer implements AutoCloseable {
    final Run values = new Run();
    final JsonGenerator json = Out.jsonAdjacent(values);
    final Run sides = new Run();

    @Override
    public void close() {
      json.close();
    }
  }

  /**
   * Bytes of JSON being assembled, for a generator to write as they are
   * ({@link JsonGenerator#writeRawValue(SerializableString)}), or that a generator writes into
   * as a stream; what it holds until cleared. Its quoted forms quote its text as a JSON string
   * would, for any other use. Not thread-safe.
   */
  static final class Run extends OutputStream implements SerializableString {
    private byte[] bytes = new byte[4096];
    private int length;

    void clear() {
      length = 0;
    }

    void add(byte b) {
      room(1);
      bytes[length++] = b;
    }

    @Override
    public void write(int b) {
      add((byte) b);
    }

    @Override
    public void write(byte[] from, int offset, int count) {
      add(from, offset, offset + count);
    }

    void add(byte[] from, int start, int end) {
      int n = end - start;
      room(n);
      System.arraycopy(from, start, bytes, length, n);
      length += n;
    }

    private void room(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
      }
    }

    @Override
    public String getValue() {
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      return JsonStringEncoder.getInstance().quoteAsCharArray(getValue());
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return Arrays.copyOf(bytes, length);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      byte[] quoted = asQuotedUTF8();
      return copy(quoted, quoted.length, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      char[] quoted = asQuotedChars();
      if (offset + quoted.length > buffer.length) {
        return -1;
      }
      System.arraycopy(quoted, 0, buffer, offset, quoted.length);
      return quoted.length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return copy(bytes, length, buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String value = getValue();
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      byte[] quoted = asQuotedUTF8();
      out.write(quoted);
      return quoted.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes, 0, length);
      return length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      byte[] quoted = asQuotedUTF8();
      if (quoted.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(quoted);
      return quoted.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      if (length > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes, 0, length);
      return length;
    }

    private static int copy(byte[] source, int length, byte[] buffer, int offset) {
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(source, 0, buffer, offset, length);
      return length;
    }
  }
}
