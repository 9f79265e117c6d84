package dev.scap.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes files so that a failure halfway leaves the old file whole. */
public final class AtomicFiles {

  /** What writes the content. */
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

  private AtomicFiles() {}

  /**
   * Writes a file atomically: into a temporary file of the same folder, forced to disk, then
   * moved over the target in one step. On failure the temporary file is removed and the target
   * is untouched.
   *
   * @param target the file to write
   * @param content what writes the content
   * @throws IOException if writing or moving fails
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      keepPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = Channels.newOutputStream(channel);
        OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        content.writeTo(buffered);
        buffered.flush();
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
}
