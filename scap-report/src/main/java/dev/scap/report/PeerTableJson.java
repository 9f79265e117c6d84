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
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import tools.jackson.core.JsonGenerator;

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
 * peer's shared themes are written side after side, separated by commas as a generator
 * without a pretty printer separates the elements of an array, inside the array the generator
 * opened, straight to the stream it writes to.
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
    Out.jsonElements(json, out, IntStream.range(0, n).boxed().toList(),
        (generator, c) -> city(generator, table, c, sides, themes, names));
  }

  private static <T> T borrow(Queue<T> idle, Supplier<T> made) {
    T one = idle.poll();
    return one != null ? one : made.get();
  }

  /**
   * Writes one city and its peers with a generator that has no pretty printer, as
   * {@link Out#jsonElements} gives it. Each peer's shared themes go straight to the stream the
   * generator writes to: the generator takes them as its array's one raw value, of no bytes of
   * its own (so that it ends the array as it would after any value), and is flushed before
   * them. Through the generator they would be copied into its buffer first, or, where they do
   * not fit in what is left of it, into an array made for them.
   */
  private static void city(JsonGenerator json, PeerTable table, int c, Sides[] sides,
      Themes themes, Function<CityId, String> names) {
    OutputStream out = (OutputStream) json.streamWriteOutputTarget();
    List<CityId> cities = table.cities();
    ResultsJson.startCityPeers(json, cities.get(c), names);
    int[] peers = table.peers(c);
    double[] scores = table.scores(c);
    for (int x = 0; x < peers.length; x++) {
      int p = peers[x];
      ResultsJson.startPeer(json, cities.get(p), scores[x], names);
      json.writeRawValue("");
      json.flush();
      try {
        shared(out, table.themes(c), sides[c], table.themes(p), sides[p], themes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ResultsJson.endArrayAndObject(json);
    }
    ResultsJson.endArrayAndObject(json);
  }

  /** Writes the objects of the themes two cities share, with commas between them. */
  private static void shared(OutputStream out, int[] own, Sides mine, int[] theirs, Sides its,
      Themes themes) throws IOException {
    boolean first = true;
    for (int a = 0, b = 0; a < own.length && b < theirs.length; ) {
      if (own[a] < theirs[b]) {
        a++;
      } else if (own[a] > theirs[b]) {
        b++;
      } else {
        int t = own[a];
        if (!first) {
          out.write(COMMA);
        }
        first = false;
        // where neither has projects, the theme's two sides are its object without projects
        if (mine.has(a)) {
          mine.writeCitySide(out, a);
        } else {
          themes.writeCitySide(out, t);
        }
        if (its.has(b)) {
          its.writePeerSide(out, b);
        } else {
          themes.writePeerSide(out, t);
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

    /** Writes the city's side of theme t where the city has no project on it. */
    void writeCitySide(OutputStream out, int t) throws IOException {
      out.write(objects[t], 0, middleEnd(t));
    }

    /** Writes the peer's side of theme t where the peer has no project on it. */
    void writePeerSide(OutputStream out, int t) throws IOException {
      out.write(objects[t], middleEnd(t), objects[t].length - middleEnd(t));
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

    void writeCitySide(OutputStream out, int slot) throws IOException {
      out.write(bytes, starts[2 * slot], starts[2 * slot + 1] - starts[2 * slot]);
    }

    void writePeerSide(OutputStream out, int slot) throws IOException {
      out.write(bytes, starts[2 * slot + 1], ends[slot] - starts[2 * slot + 1]);
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
   * Bytes being assembled, or that a generator writes into as a stream: what it holds until
   * cleared, in an array that grows as needed. Unlike a {@link java.io.ByteArrayOutputStream},
   * neither synchronized nor copied to be read. Not thread-safe.
   */
  static final class Run extends OutputStream {
    byte[] bytes = new byte[4096];
    int length;

    void clear() {
      length = 0;
    }

    @Override
    public void write(int b) {
      room(1);
      bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int count) {
      add(from, offset, offset + count);
    }

    /** Adds {@code from[start]} up to {@code from[end]}. */
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
  }
}
