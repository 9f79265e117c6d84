package dev.scap.report;

import dev.scap.analysis.internal.PeerTable;
import dev.scap.analysis.overlap.SharedTheme;
import dev.scap.model.CityId;
import dev.scap.model.ProjectId;
import dev.scap.model.ThemeId;
import dev.scap.report.internal.Out;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Every city's peers in JSON, the same bytes as {@link ResultsJson#cityPeers} writes for each
 * city, written straight from the top-k's indexes ({@link PeerTable}) without making the
 * peers' objects. A city's projects behind a theme recur in every pair that shares the theme,
 * on the city's side or on the peer's (about 6 million ids over the 1.2 million shared themes
 * of 10,000 cities' top 10): each city's side of each of its themes is rendered once, by a
 * generator, and each shared theme is then the two sides' bytes copied. At that size this
 * takes a quarter less CPU time than making every peer's objects and writing their ids again
 * in each pair (0.7 s against 0.95 s).
 *
 * <p>A shared theme's object, as {@link ResultsJson#sharedTheme} writes it, is its theme, the
 * city's projects and then the peer's, the peer's last: rendered with the city's projects and
 * none of the peer's, everything before the peer's (empty) array is the city's side; rendered
 * with none of the city's and the peer's, everything from the peer's array on is the peer's
 * side. Where the empty array begins is found from the theme's object with no projects on
 * either side, whose last colon precedes it: the generators have no pretty printer.
 */
final class PeerTableJson {

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
    Sides[] sides = IntStream.range(0, n).parallel()
        .mapToObj(c -> sides(table, c, themes)).toArray(Sides[]::new);
    List<Integer> cities = IntStream.range(0, n).boxed().toList();
    Out.jsonElements(json, out, cities,
        (generator, c) -> city(generator, table, c, sides, themes, names));
  }

  /** Writes one city and its peers, from the two sides of each shared theme. */
  private static void city(JsonGenerator json, PeerTable table, int c, Sides[] sides,
      Themes themes, Function<CityId, String> names) {
    List<CityId> cities = table.cities();
    ResultsJson.startCityPeers(json, cities.get(c), names);
    int[] peers = table.peers(c);
    double[] scores = table.scores(c);
    for (int x = 0; x < peers.length; x++) {
      int p = peers[x];
      ResultsJson.startPeer(json, cities.get(p), scores[x], names);
      shared(json, table.themes(c), sides[c].city, table.themes(p), sides[p].peer, themes);
      ResultsJson.endArrayAndObject(json);
    }
    ResultsJson.endArrayAndObject(json);
  }

  /**
   * Writes the themes two cities share, each as the city's side and then the peer's, or where
   * neither has projects on it, as the theme's object without projects.
   */
  private static void shared(JsonGenerator json, int[] own, SerializableString[] citySide,
      int[] theirs, SerializableString[] peerSide, Themes themes) {
    for (int a = 0, b = 0; a < own.length && b < theirs.length; ) {
      if (own[a] < theirs[b]) {
        a++;
      } else if (own[a] > theirs[b]) {
        b++;
      } else {
        int t = own[a];
        SerializableString mine = citySide[a++];
        SerializableString its = peerSide[b++];
        if (mine == null && its == null) {
          json.writeRawValue(themes.withoutProjects[t]);
        } else {
          json.writeRawValue(mine != null ? mine : themes.noCityProjects[t]);
          json.writeRaw(its != null ? its : themes.noPeerProjects[t]);
        }
      }
    }
  }

  /**
   * Renders both sides of each of a city's themes that it has projects on, in one array of
   * bytes; a theme without its projects has no side ({@code null}): the theme's own serve.
   */
  private static Sides sides(PeerTable table, int c, Themes themes) {
    int[] own = table.themes(c);
    SerializableString[] city = new SerializableString[own.length];
    SerializableString[] peer = new SerializableString[own.length];
    if (IntStream.range(0, own.length).allMatch(s -> table.projects(c, s).isEmpty())) {
      return new Sides(city, peer);
    }
    int[] ends = new int[2 * own.length];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(own.length * 256);
    try (JsonGenerator json = Out.jsonAdjacent(bytes)) {
      for (int s = 0; s < own.length; s++) {
        List<ProjectId> projects = table.projects(c, s);
        if (projects.isEmpty()) {
          continue;
        }
        ThemeId theme = themes.ids.get(own[s]);
        ResultsJson.sharedTheme(json, new SharedTheme(theme, projects, List.of()));
        ends[2 * s] = bytes.size() + json.streamWriteOutputBuffered();
        ResultsJson.sharedTheme(json, new SharedTheme(theme, List.of(), projects));
        ends[2 * s + 1] = bytes.size() + json.streamWriteOutputBuffered();
      }
    }
    byte[] all = bytes.toByteArray();
    for (int s = 0, start = 0; s < own.length; s++) {
      if (!table.projects(c, s).isEmpty()) {
        city[s] = new Raw(all, start, ends[2 * s] - themes.emptyTail);
        peer[s] = new Raw(all, ends[2 * s] + themes.peerSideAt[own[s]], ends[2 * s + 1]);
        start = ends[2 * s + 1];
      }
    }
    return new Sides(city, peer);
  }

  private static byte[] rendered(SharedTheme shared) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.jsonAdjacent(bytes)) {
      ResultsJson.sharedTheme(json, shared);
    }
    return bytes.toByteArray();
  }

  private static int lastColon(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == ':') {
        return i;
      }
    }
    throw new IllegalStateException("no colon in " + new String(bytes, StandardCharsets.UTF_8));
  }

  /** A city's side of each of its themes, by slot: as the city, and as the peer. */
  private record Sides(SerializableString[] city, SerializableString[] peer) {}

  /** Each theme's object without projects on either side, and its two sides. */
  private static final class Themes {
    final List<ThemeId> ids;
    final SerializableString[] withoutProjects;
    final SerializableString[] noCityProjects;
    final SerializableString[] noPeerProjects;
    /**
     * Where the peer's side starts in an object of each theme without the city's projects:
     * the length of what precedes the peer's array.
     */
    final int[] peerSideAt;
    /** The length of an empty array of projects and the object's end. */
    final int emptyTail;

    Themes(List<ThemeId> ids) {
      this.ids = ids;
      int size = ids.size();
      withoutProjects = new SerializableString[size];
      noCityProjects = new SerializableString[size];
      noPeerProjects = new SerializableString[size];
      peerSideAt = new int[size];
      int tail = 0;
      for (int t = 0; t < size; t++) {
        byte[] none = rendered(new SharedTheme(ids.get(t), List.of(), List.of()));
        tail = none.length - 1 - lastColon(none);
        peerSideAt[t] = none.length - tail;
        withoutProjects[t] = new Raw(none, 0, none.length);
        noCityProjects[t] = new Raw(none, 0, peerSideAt[t]);
        noPeerProjects[t] = new Raw(none, peerSideAt[t], none.length);
      }
      emptyTail = tail;
    }
  }

  /**
   * Bytes of JSON that a generator writes as they are ({@link JsonGenerator#writeRaw}): a run
   * of an array shared with others, never changed. Its quoted forms quote its text as a JSON
   * string would, for any other use.
   */
  static final class Raw implements SerializableString {
    private final byte[] bytes;
    private final int from;
    private final int to;

    Raw(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
    }

    @Override
    public String getValue() {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
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
      return Arrays.copyOfRange(bytes, from, to);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return append(asQuotedUTF8(), 0, buffer, offset);
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
      int length = to - from;
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, from, buffer, offset, length);
      return length;
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
      out.write(bytes, from, to - from);
      return to - from;
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
      int length = to - from;
      if (length > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes, from, length);
      return length;
    }

    private static int append(byte[] source, int start, byte[] buffer, int offset) {
      int length = source.length - start;
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(source, start, buffer, offset, length);
      return length;
    }
  }
}
