package dev.scap.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Writes files so that a failure halfway leaves the old file whole: what {@link ScapWriter}
 * uses for files, and what an application or the command line may use for any output it
 * writes to a file. Stateless and thread-safe.
 */
public final class AtomicFiles {

  /** What writes the content: a step that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write it; closing it is left to the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** How a temporary file's name ends. */
  static final String SUFFIX = ".scap-tmp";

  /** What comes between the target's name and the suffix: the writer's process id, a number. */
  private static final Pattern LEFTOVER = Pattern.compile("(\\d{1,18})-\\d+");

  /** How long a temporary file must have gone unwritten before it may be a leftover. */
  private static final Duration QUIET = Duration.ofMinutes(1);

  private AtomicFiles() {}

  /**
   * Writes a file atomically: into a temporary file of the same folder, forced to disk, then
   * moved over the target in one step. On failure the temporary file is removed and the target
   * is untouched. A write that is killed leaves the target whole, old or new, and may leave its
   * temporary file, {@code .<target>.<pid>-<random>.scap-tmp}; a later write to the same target
   * removes such files whose process is gone. A large file is forced to disk as it is written,
   * every 16 MB, on a thread of its own, so that the force at the end waits for little.
   *
   * @param target the file to write
   * @param content what writes the content
   * @throws IOException if writing or moving fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String prefix = "." + absolute.getFileName() + ".";
    removeLeftovers(folder, prefix, QUIET);
    Path temporary = Files.createTempFile(folder, prefix + ProcessHandle.current().pid() + "-",
        SUFFIX);
    boolean moved = false;
    try {
      keepPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        Forcing forcing = new Forcing(Channels.newOutputStream(channel), channel);
        try {
          OutputStream buffered = new BufferedOutputStream(forcing, 1 << 16);
          content.writeTo(buffered);
          buffered.flush();
          forcing.finish();
        } finally {
          forcing.stop();
        }
        channel.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Removes the temporary files that earlier writes to the same target left when they were
   * killed, and only those: named for this target, by a process that is no longer running on
   * this machine (no process has its id, or the one that has it started after the file was last
   * written), and not written for {@code quiet} (a minute), so that a write from another
   * machine sharing the folder, whose process cannot be seen from here, is left alone while it
   * goes on. A file that cannot be removed is left.
   */
  static void removeLeftovers(Path folder, String prefix, Duration quiet) {
    Instant recent = Instant.now().minus(quiet);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
        file -> isLeftover(file.getFileName().toString(), prefix))) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        long pid = Long.parseLong(name.substring(prefix.length(), name.indexOf('-',
            prefix.length())));
        try {
          Instant written = Files.getLastModifiedTime(file).toInstant();
          if (!written.isAfter(recent) && !isRunning(pid, written)) {
            Files.deleteIfExists(file);
          }
        } catch (IOException e) {
          // removed meanwhile by another write, or not ours to remove
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // a folder that cannot be listed: the write itself will say what is wrong
    }
  }

  private static boolean isLeftover(String name, String prefix) {
    return name.startsWith(prefix) && name.endsWith(SUFFIX) && LEFTOVER.matcher(
        name.substring(prefix.length(), name.length() - SUFFIX.length())).matches();
  }

  /** Whether the process {@code pid} runs here, and could have written at {@code written}. */
  private static boolean isRunning(long pid, Instant written) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    Optional<Instant> started = process.get().info().startInstant();
    return started.isEmpty() || !started.get().isAfter(written);
  }

  /**
   * A temporary file is created readable by its owner alone; the file it replaces keeps its
   * permissions, and a new file gets the usual rw-r--r--.
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(permissions);
  }

  /**
   * Passes the bytes on to the temporary file and, every {@link #EVERY} bytes, has what is
   * written so far forced to disk on a thread of its own while writing goes on: the force at
   * the end then finds little left to write. Small files never start the thread.
   */
  private static final class Forcing extends OutputStream {
    private static final long EVERY = 16L << 20;
    private final OutputStream out;
    private final FileChannel channel;
    private long unforced;
    private ExecutorService thread;
    private Future<Void> pending;
    private IOException failure;

    Forcing(OutputStream out, FileChannel channel) {
      this.out = out;
      this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      written(1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      written(length);
    }

    private void written(int length) throws IOException {
      unforced += length;
      if (unforced < EVERY || pending != null && !pending.isDone()) {
        return;
      }
      finish();
      unforced = 0;
      if (thread == null) {
        thread = Executors.newSingleThreadExecutor(task -> {
          Thread forcing = new Thread(task, "scap-force");
          forcing.setDaemon(true);
          return forcing;
        });
      }
      pending = thread.submit(() -> {
        channel.force(false);
        return null;
      });
    }

    /**
     * Waits for the force under way, if any, and reports a force that failed, this one or an
     * earlier one: every call after a failure reports it, so that content which carries on
     * past a failed write still fails.
     */
    void finish() throws IOException {
      if (pending != null) {
        try {
          pending.get();
        } catch (InterruptedException e) {
          // the force goes on: stop() waits for it
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while forcing the file to disk");
        } catch (ExecutionException e) {
          failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        pending = null;
      }
      if (failure != null) {
        throw failure;
      }
    }

    /**
     * Stops the thread once the force under way, if any, is over, even if interrupted: the
     * channel is closed next.
     */
    void stop() {
      if (thread == null) {
        return;
      }
      thread.shutdown();
      boolean interrupted = false;
      while (pending != null) {
        try {
          pending.get();
          pending = null;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          pending = null;   // the write has failed already, or finish() has reported it
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
