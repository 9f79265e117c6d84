package dev.scap.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.core.JsonGenerator;

class OutTest {

  private static final BiConsumer<JsonGenerator, Integer> ELEMENT = (json, n) -> {
    json.writeStartObject();
    json.writeStringProperty("id", "c" + n + (n % 7 == 0 ? "\u00e9\"\\" : ""));
    json.writeNumberProperty("score", n / 3.0);
    json.writeName("ids");
    json.writeStartArray();
    for (int i = 0; i < n % 5; i++) {
      json.writeString("p" + i);
    }
    json.writeEndArray();
    json.writeEndObject();
  };

  /** Elements asked for ahead, a window at a time on every core, come in order, each once. */
  @Property(tries = 30)
  void givesTheElementsMadeAheadInOrder(@ForAll @IntRange(min = 0, max = 5000) int count) {
    AtomicInteger asked = new AtomicInteger();
    List<Integer> made = new AbstractList<>() {
      @Override
      public Integer get(int index) {
        asked.incrementAndGet();
        return index * 7;
      }

      @Override
      public int size() {
        return count;
      }
    };

    List<Integer> seen = new ArrayList<>();
    Iterator<Integer> each = Out.madeAhead(made).iterator();
    while (each.hasNext()) {
      seen.add(each.next());
    }

    assertThat(seen).isEqualTo(IntStream.range(0, count).mapToObj(i -> i * 7).toList());
    assertThat(asked).hasValue(count);
    assertThatThrownBy(each::next).isInstanceOf(NoSuchElementException.class);
  }

  /**
   * Runs of elements larger than a block, written window after window: the blocks that one
   * window wrote hold the next ones' bytes, and what was in them before never shows.
   */
  @Property(tries = 10)
  void runsLargerThanABlockWriteTheSameBytesInBlocksUsedAgain(
      @ForAll @IntRange(min = 1000, max = 2600) int count,
      @ForAll @IntRange(min = 1, max = 9) int spread) throws IOException {
    List<Integer> elements = IntStream.range(0, count).boxed().toList();
    BiConsumer<JsonGenerator, Integer> large = (json, n) ->
        json.writeString(Character.toString('a' + n % 26).repeat(n * spread % 3000));

    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(one)) {
      json.writeStartArray();
      elements.forEach(element -> large.accept(json, element));
      json.writeEndArray();
    }
    ByteArrayOutputStream parallel = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(parallel)) {
      json.writeStartArray();
      Out.jsonElements(json, parallel, elements, large);
      json.writeEndArray();
    }

    assertThat(one.size()).as("several blocks of 32 KiB").isGreaterThan(3 << 15);
    assertThat(parallel.toByteArray()).isEqualTo(one.toByteArray());
  }

  @Property(tries = 40)
  void writesTheElementsOfAnArrayInParallelAsOneGeneratorWritesThem(
      @ForAll @IntRange(min = 0, max = 3000) int count) throws IOException {
    List<Integer> elements = IntStream.range(0, count).boxed().toList();

    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(one)) {
      json.writeStartObject();
      json.writeStringProperty("before", "x");
      json.writeName("all");
      json.writeStartArray();
      elements.forEach(element -> ELEMENT.accept(json, element));
      json.writeEndArray();
      json.writeNumberProperty("after", 1);
      json.writeEndObject();
    }
    ByteArrayOutputStream parallel = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(parallel)) {
      json.writeStartObject();
      json.writeStringProperty("before", "x");
      json.writeName("all");
      json.writeStartArray();
      Out.jsonElements(json, parallel, elements, ELEMENT);
      json.writeEndArray();
      json.writeNumberProperty("after", 1);
      json.writeEndObject();
    }

    assertThat(parallel.toByteArray()).isEqualTo(one.toByteArray());
  }

  /** A stream that keeps what it takes, each write going through {@link #before} first. */
  private abstract static class Taking extends OutputStream {
    private final ByteArrayOutputStream taken = new ByteArrayOutputStream();

    /** Runs before each write, under the stream's lock; a throw fails the write. */
    abstract void before() throws IOException;

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
      before();
      taken.write(bytes, offset, length);
    }

    @Override
    public synchronized void write(int b) throws IOException {
      before();
      taken.write(b);
    }

    synchronized int size() {
      return taken.size();
    }
  }

  /** A stream that fails at a given write, keeping what it took before. */
  private static final class Failing extends Taking {
    private final int failAt;
    private int writes;

    Failing(int failAt) {
      this.failAt = failAt;
    }

    @Override
    void before() throws IOException {
      if (++writes == failAt) {
        throw new IOException("disk full");
      }
    }
  }

  @Property(tries = 20)
  void aFailedWriteFailsTheWholeWithItsOwnException(
      @ForAll @IntRange(min = 2, max = 90) int failAt) {
    List<Integer> elements = IntStream.range(0, 3000).boxed().toList();
    Failing out = new Failing(failAt);
    JsonGenerator json = Out.json(out);
    json.writeStartArray();

    assertThatThrownBy(() -> Out.jsonElements(json, out, elements, ELEMENT))
        .isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(out.size()).isPositive();
  }

  @Property(tries = 20)
  void anElementThatFailsFailsTheWholeAfterWholeRunsOnly(
      @ForAll @IntRange(min = 0, max = 2999) int failing) throws IOException {
    List<Integer> elements = IntStream.range(0, 3000).boxed().toList();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(whole)) {
      json.writeStartArray();
      Out.jsonElements(json, whole, elements, ELEMENT);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BiConsumer<JsonGenerator, Integer> failingElement = (json, n) -> {
      if (n == failing) {
        throw new IllegalStateException("element " + n);
      }
      ELEMENT.accept(json, n);
    };

    JsonGenerator json = Out.json(out);
    json.writeStartArray();
    // thrown on another thread, it may come wrapped in one of its kind
    assertThatThrownBy(() -> Out.jsonElements(json, out, elements, failingElement))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("element " + failing);

    // what was written is whole runs, in order, before the failing one's window
    byte[] written = out.toByteArray();
    assertThat(written.length).isLessThan(whole.size());
    assertThat(whole.toByteArray()).startsWith(written);
  }

  /**
   * A stream whose first write once armed waits until it is let go, then fails if told to: the
   * writer thread is held in its first window while the next is rendered.
   */
  private static final class Held extends Taking {
    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch letGo = new CountDownLatch(1);
    final boolean fails;
    private boolean armed;

    Held(boolean fails) {
      this.fails = fails;
    }

    synchronized void arm() {
      armed = true;
    }

    @Override
    void before() throws IOException {
      if (armed) {
        armed = false;
        holding.countDown();
        try {
          letGo.await();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        if (fails) {
          throw new IOException("disk full");
        }
      }
    }
  }

  // Tried again and again: the writer and the elements run on threads of their own.
  @Property(tries = 10)
  void nothingIsWrittenOnceAnElementHasFailedAndTheOutputReturned() throws Exception {
    Held out = new Held(false);

    assertThatThrownBy(() -> failingInTheSecondWindow(out))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("element 1500")
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
    int written = out.size();
    Thread.sleep(200);

    assertThat(out.size()).isEqualTo(written);
  }

  @Property(tries = 10)
  void aFailedWriteIsKeptAsSuppressedByTheElementsFailure() {
    Held out = new Held(true);

    assertThatThrownBy(() -> failingInTheSecondWindow(out))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("element 1500")
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .isInstanceOf(IOException.class).hasToString("java.io.IOException: disk full"));
    // the array's start, and nothing of the elements
    assertThat(out.size()).isEqualTo(1);
  }

  /**
   * Writes 5,000 elements into a stream that holds the writer in the first window; element
   * 1,500, in the second window, lets it go and fails.
   */
  private static void failingInTheSecondWindow(Held out) throws IOException {
    List<Integer> elements = IntStream.range(0, 5000).boxed().toList();
    BiConsumer<JsonGenerator, Integer> failing = (json, n) -> {
      if (n == 1500) {
        letGoOnceHeld(out);
        throw new IllegalStateException("element " + n);
      }
      ELEMENT.accept(json, n);
    };
    JsonGenerator json = Out.json(out);
    json.writeStartArray();
    json.flush();
    out.arm();
    Out.jsonElements(json, out, elements, failing);
  }

  private static void letGoOnceHeld(Held out) {
    try {
      out.holding.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    out.letGo.countDown();
  }
}
