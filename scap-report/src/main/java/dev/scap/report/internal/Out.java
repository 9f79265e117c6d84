package dev.scap.report.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Where the commands' outputs write: CSV printers, JSON generators and text writers over a
 * stream that the caller owns and closes, and Markdown table cells.
 */
public final class Out {

  /** Its generators flush the stream when closed, and leave it open: the caller owns it. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** As {@link #FACTORY}, its values at the root following each other with nothing between. */
  private static final JsonFactory ADJACENT = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).rootValueSeparator((String) null).build();

  /** Elements rendered by one generator, as one task. */
  private static final int CHUNK = 64;

  /**
   * Elements made or rendered ahead at a time, on every core: enough to keep the cores busy,
   * few enough to hold little.
   */
  private static final int WINDOW = 1024;

  private Out() {}

  /**
   * Opens a CSV printer with a header row; closing it flushes and leaves the stream open.
   *
   * @param out the stream
   * @param header the names of the columns
   * @return the printer, UTF-8
   * @throws IOException if the header cannot be written
   */
  public static CSVPrinter csv(OutputStream out, String... header) throws IOException {
    return new CSVPrinter(new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8),
        Text.csv(header));
  }

  /**
   * Opens a JSON generator; closing it flushes and leaves the stream open.
   *
   * @param out the stream
   * @return the generator, UTF-8, numbers as JSON numbers
   */
  public static JsonGenerator json(OutputStream out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  /**
   * Opens a JSON generator that writes values at the root one right after the other, where
   * {@link #json}'s would put a space between: each value is the same bytes as {@link #json}
   * writes it, and where one ends the next begins. Closing it flushes and leaves the stream
   * open.
   *
   * @param out the stream
   * @return the generator, UTF-8, numbers as JSON numbers
   */
  public static JsonGenerator jsonAdjacent(OutputStream out) {
    return ADJACENT.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  /**
   * Writes the elements of a JSON array, rendered in parallel: each run of elements goes to a
   * generator of its own, as {@link #json} makes them, and the runs are written in order, with
   * the commas between them, so the bytes are those of one generator writing every element in
   * turn. Large outputs, such as every city's peers, spend most of their time rendering values.
   * The runs rendered are written to {@code out} on a thread of its own while the next are
   * rendered (an output of one window, a thousand elements or fewer, on this thread); nothing
   * is written once this returns or throws. When it throws, the run being
   * written is finished and the rest left out, and a failure of the writes that the error did
   * not come from is added to it as suppressed. Memory: the rendering of two windows of a
   * thousand elements at a time.
   *
   * @param <T> the type of the elements
   * @param json the generator of the whole output, which has just started the array and will
   *     end it; flushed here, and its array holds no element before these
   * @param out the stream {@code json} writes to, written from another thread for more than a
   *     window of elements
   * @param elements the elements
   * @param element writes one element to a generator; called from several threads at once
   * @throws IOException if writing fails, or this thread is interrupted meanwhile
   */
  public static <T> void jsonElements(JsonGenerator json, OutputStream out, List<T> elements,
      BiConsumer<JsonGenerator, T> element) throws IOException {
    json.flush();
    int chunk = CHUNK;
    int chunks = (elements.size() + chunk - 1) / chunk;
    int window = WINDOW / CHUNK;
    // the blocks of a window written go to the next: the output's bytes are allocated once
    // (an OutputStream is done with the bytes it is given when write returns)
    Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
    if (chunks <= window) {
      // one window, as most outputs are: written here, with no thread to start
      AtomicBoolean never = new AtomicBoolean();
      write(out, render(elements, element, spare, 0, chunks, chunk), 0, never);
      return;
    }
    // Each window is written on a thread of its own while the next is rendered, so that no
    // core waits for the writes; one window at most waits to be written.
    ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "scap-output");
      thread.setDaemon(true);
      return thread;
    });
    Future<?> writing = CompletableFuture.completedFuture(null);
    // once this is leaving with an error, the window being written is written no further
    AtomicBoolean leaving = new AtomicBoolean();
    try {
      for (int from = 0; from < chunks; from += window) {
        if (writing.isDone()) {
          finish(writing);   // a failed write ends the output before more is rendered
        }
        int first = from;
        List<Blocks> rendered = render(elements, element, spare, first,
            Math.min(chunks, first + window), chunk);
        finish(writing);
        writing = writer.submit(() -> {
          write(out, rendered, first, leaving);
          return null;
        });
      }
      finish(writing);
    } catch (IOException | RuntimeException | Error e) {
      leaving.set(true);
      stop(writer);
      // what the window being written threw, if this is not it
      try {
        finish(writing);
      } catch (IOException | RuntimeException | Error also) {
        if (also != e) {
          e.addSuppressed(also);
        }
      }
      throw e;
    } finally {
      stop(writer);
    }
  }

  /** Renders chunks {@code from} to {@code to} of the elements, each run on every core. */
  private static <T> List<Blocks> render(List<T> elements, BiConsumer<JsonGenerator, T> element,
      Queue<byte[]> spare, int from, int to, int chunk) {
    return IntStream.range(from, to).parallel().mapToObj(c -> render(elements.subList(c * chunk,
        Math.min(elements.size(), (c + 1) * chunk)), element, spare)).toList();
  }

  /**
   * Writes a window's runs, the first of them run {@code first} of the whole, until
   * {@code leaving} says to stop.
   */
  private static void write(OutputStream out, List<Blocks> rendered, int first,
      AtomicBoolean leaving) throws IOException {
    for (int r = 0; r < rendered.size() && !leaving.get(); r++) {
      if (first + r > 0) {
        out.write(',');
      }
      // the run was rendered as an array of its own: its brackets are left out
      rendered.get(r).writeInside(out);
      rendered.get(r).giveBack();
    }
  }

  /**
   * Waits for the writer to end: nothing is written once the output's method returns, however
   * it ends. A write in progress is waited for, even if this thread is interrupted (the
   * interrupt is kept); a window is not written further once its method leaves with an error.
   */
  private static void stop(ExecutorService writer) {
    writer.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (writer.awaitTermination(1, TimeUnit.DAYS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for a window to be written, throwing what writing it threw. */
  private static void finish(Future<?> writing) throws IOException {
    try {
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the output was written");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static <T> Blocks render(List<T> run, BiConsumer<JsonGenerator, T> element,
      Queue<byte[]> spare) {
    Blocks bytes = new Blocks(spare);
    try (JsonGenerator json = json(bytes)) {
      json.writeStartArray();
      for (T each : run) {
        element.accept(json, each);
      }
      json.writeEndArray();
    }
    return bytes;
  }

  /**
   * Bytes kept in blocks of one size: growing copies nothing, and no block is large enough for
   * the collector to treat it apart, as it does arrays of half a megabyte or more.
   */
  private static final class Blocks extends OutputStream {
    private static final int SIZE = 1 << 15;
    private final List<byte[]> blocks = new ArrayList<>();
    private final Queue<byte[]> spare;
    private byte[] last;
    private int used;

    Blocks(Queue<byte[]> spare) {
      this.spare = spare;
      this.last = block();
    }

    private byte[] block() {
      byte[] block = spare.poll();
      return block != null ? block : new byte[SIZE];
    }

    /** Gives the blocks to the next runs, once written. */
    void giveBack() {
      spare.addAll(blocks);
      blocks.clear();
    }

    @Override
    public void write(int b) {
      if (used == SIZE) {
        next();
      }
      last[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      int from = offset;
      int left = length;
      while (left > 0) {
        if (used == SIZE) {
          next();
        }
        int n = Math.min(left, SIZE - used);
        System.arraycopy(bytes, from, last, used, n);
        used += n;
        from += n;
        left -= n;
      }
    }

    private void next() {
      blocks.add(last);
      last = block();
      used = 0;
    }

    /** Writes all the bytes but the first and the last. */
    void writeInside(OutputStream out) throws IOException {
      blocks.add(last);
      long end = (long) (blocks.size() - 1) * SIZE + used - 1;
      long start = 1;
      for (int b = 0; b < blocks.size(); b++) {
        long blockStart = (long) b * SIZE;
        long from = Math.max(start, blockStart);
        long to = Math.min(end, blockStart + SIZE);
        if (from < to) {
          out.write(blocks.get(b), (int) (from - blockStart), (int) (to - from));
        }
      }
    }
  }

  /**
   * The elements of a list in order, each asked for ahead of its turn with a window of the
   * next, on every core: for a list that makes its elements when asked, such as
   * {@code ThemeOverlap.topPeers}, read in turn on one thread. Holds one window at a time.
   *
   * @param <T> the type of the elements
   * @param list the list, safe to read from several threads
   * @return the elements, in order
   */
  public static <T> Iterable<T> madeAhead(List<T> list) {
    int window = WINDOW;
    return () -> new Iterator<T>() {
      private List<T> made = List.of();
      private int next;
      private int at;

      @Override
      public boolean hasNext() {
        return next < made.size() || at < list.size();
      }

      @Override
      public T next() {
        if (next == made.size()) {
          if (at >= list.size()) {
            throw new NoSuchElementException();
          }
          int from = at;
          at = Math.min(list.size(), from + window);
          made = IntStream.range(from, at).parallel().mapToObj(list::get).toList();
          next = 0;
        }
        return made.get(next++);
      }
    };
  }

  /**
   * Opens a text writer, to be flushed, not closed.
   *
   * @param out the stream
   * @return the writer, UTF-8
   */
  public static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Escapes text inside a cell of a Markdown table: backslashes and bars escaped, line ends
   * made spaces.
   *
   * @param text the text, or {@code null} for none
   * @return the cell's text, empty for {@code null}
   */
  public static String markdown(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
