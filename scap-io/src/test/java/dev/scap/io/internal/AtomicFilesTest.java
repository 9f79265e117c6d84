package dev.scap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
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
