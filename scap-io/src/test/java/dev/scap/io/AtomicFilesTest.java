package dev.scap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  private static final byte[] OLD = "old content, to be kept whole\n".repeat(5000)
      .getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path folder;

  /** Content that writes more than a buffer's worth of bytes, then fails. */
  private static void halfThenFail(OutputStream out) throws IOException {
    byte[] half = new byte[200_000];
    Arrays.fill(half, (byte) 'n');
    out.write(half);
    out.flush();
    throw new IOException("disk full, say");
  }

  private void assertOnlyFileIs(Path file) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writesANewFile() throws IOException {
    Path file = folder.resolve("new.json");

    AtomicFiles.write(file, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(file).hasContent("{}");
    assertOnlyFileIs(file);
  }

  @Test
  void namesItsTemporaryFileForTheTargetAndItsProcess() throws IOException {
    Path file = folder.resolve("plans.json");
    String[] seen = new String[1];

    AtomicFiles.write(file, out -> {
      try (Stream<Path> files = Files.list(folder)) {
        seen[0] = files.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
      }
    });

    assertThat(seen[0]).matches("\\.plans\\.json\\." + ProcessHandle.current().pid()
        + "-\\d+\\.scap-tmp");
  }

  @Test
  void removesTheTemporaryFilesThatKilledWritesToTheSameTargetLeftAndOnlyThose()
      throws IOException, InterruptedException {
    Path file = Files.write(folder.resolve("plans.json"), OLD);
    long gone = goneProcess();
    Instant old = Instant.now().minus(Duration.ofMinutes(5));
    Path dead = leftover(".plans.json." + gone + "-42.scap-tmp", old);
    Path recent = leftover(".plans.json." + gone + "-43.scap-tmp", Instant.now());
    Path otherTarget = leftover(".other.json." + gone + "-42.scap-tmp", old);
    Path notOurs = leftover(".plans.json.12.tmp", old);
    Path longerName = leftover(".plans.json.1-2." + gone + "-42.scap-tmp", old);

    AtomicFiles.write(file, out -> out.write('x'));

    assertThat(dead).as("left by a process that is gone").doesNotExist();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).as("written within the last minute, or not for this target")
          .containsExactlyInAnyOrder(file, recent, otherTarget, notOurs, longerName);
    }
    assertThat(Files.readAllBytes(file)).containsExactly('x');
  }

  @Test
  void leavesTheTemporaryFilesOfWritesThatGoOn() throws IOException, InterruptedException {
    Process writer = new ProcessBuilder("sleep", "60").start();
    try {
      Instant now = Instant.now().plusSeconds(1);
      Path live = leftover(".plans.json." + writer.pid() + "-42.scap-tmp", now);
      Path ours = leftover(".plans.json." + ProcessHandle.current().pid() + "-42.scap-tmp",
          now);
      Path reused = leftover(".plans.json." + writer.pid() + "-43.scap-tmp",
          Instant.now().minus(Duration.ofDays(1)));
      Path dead = leftover(".plans.json." + goneProcess() + "-42.scap-tmp", now);

      AtomicFiles.removeLeftovers(folder, ".plans.json.", Duration.ofSeconds(-5));

      assertThat(live).as("its process runs").exists();
      assertThat(ours).as("a write of this process").exists();
      assertThat(reused).as("written before its process id's process started").doesNotExist();
      assertThat(dead).doesNotExist();
    } finally {
      writer.destroyForcibly().waitFor();
    }
  }

  /** The id of a process that has ended. */
  private static long goneProcess() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("true").start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ProcessHandle.of(process.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    return process.pid();
  }

  private Path leftover(String name, Instant written) throws IOException {
    Path file = Files.writeString(folder.resolve(name), "half a docu");
    Files.setLastModifiedTime(file, FileTime.from(written));
    return file;
  }

  @Test
  void replacesTheWholeOfALongerOldFile() throws IOException {
    Path file = Files.write(folder.resolve("plans.json"), OLD);

    AtomicFiles.write(file, out -> out.write('x'));

    assertThat(Files.readAllBytes(file)).containsExactly('x');
    assertOnlyFileIs(file);
  }

  @Test
  void leavesTheOldFileByteForByteAndNoTemporaryFileWhenWritingFailsHalfway()
      throws IOException {
    Path file = Files.write(folder.resolve("plans.json"), OLD);

    assertThatThrownBy(() -> AtomicFiles.write(file, AtomicFilesTest::halfThenFail))
        .isInstanceOf(IOException.class).hasMessage("disk full, say");

    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertOnlyFileIs(file);
  }

  /** Writes {@code megabytes} of numbered lines, in pieces of uneven sizes. */
  private static void lines(OutputStream out, int megabytes) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int line = 0; text.length() < megabytes << 20; line++) {
      text.append("line ").append(line).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int from = 0, piece = 1; from < bytes.length; from += piece, piece = piece * 7 % 300_001) {
      int length = Math.min(piece, bytes.length - from);
      if (length == 1) {
        out.write(bytes[from]);
      } else {
        out.write(bytes, from, length);
      }
    }
  }

  @Test
  void writesAFileLargeEnoughToBeForcedToDiskOnTheWayWholeAndInOrder() throws IOException {
    Path file = Files.write(folder.resolve("peers.json"), OLD);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    lines(expected, 40);

    AtomicFiles.write(file, out -> lines(out, 40));

    assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    assertOnlyFileIs(file);
  }

  @Test
  void leavesTheOldFileWhenWritingFailsAfterTheFileWasForcedToDiskOnTheWay()
      throws IOException {
    Path file = Files.write(folder.resolve("peers.json"), OLD);

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      lines(out, 40);
      halfThenFail(out);
    })).isInstanceOf(IOException.class).hasMessage("disk full, say");

    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertOnlyFileIs(file);
  }

  @Test
  void leavesTheOldFileWhenTheContentThrowsAnUncheckedException() throws IOException {
    Path file = Files.write(folder.resolve("plans.json"), OLD);

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write(new byte[100_000]);
      throw new IllegalStateException("a bug in the writer");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    assertOnlyFileIs(file);
  }

  @Test
  void leavesNoFileWhenWritingANewOneFails() throws IOException {
    Path file = folder.resolve("new.json");

    assertThatThrownBy(() -> AtomicFiles.write(file, AtomicFilesTest::halfThenFail))
        .isInstanceOf(IOException.class);

    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void failsWithAnIoExceptionAndLeavesNothingWhenTheFolderIsMissing() {
    Path file = folder.resolve("missing").resolve("plans.json");

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write('x')))
        .isInstanceOf(NoSuchFileException.class);

    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void writesARelativePath() throws IOException {
    Path file = Path.of("target", "atomic-files-test.json");
    try {
      AtomicFiles.write(file, out -> out.write('x'));

      assertThat(file).hasContent("x");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void keepsThePermissionsOfTheFileItReplacesAndGivesANewOneTheUsualOnes()
      throws IOException {
    Path old = Files.write(folder.resolve("private.json"), OLD);
    Path fresh = folder.resolve("fresh.json");
    if (Files.getFileAttributeView(old, PosixFileAttributeView.class) == null) {
      return;  // not a POSIX file system: there are no permissions to keep
    }
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.write(old, out -> out.write('x'));
    AtomicFiles.write(fresh, out -> out.write('y'));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
  }
}
