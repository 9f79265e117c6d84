package dev.scap.io.internal;

import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the columns that Jackson counts in bytes, when it reads bytes, into columns counted in
 * characters (UTF-16 units, as Java and Jackson count them in text), so that reading bytes and
 * reading a string give the same places: on a line holding non-ASCII text before a problem the
 * two would differ. The lines' starts are found only when there is a problem to place.
 */
public final class Columns {

  private final byte[] bytes;
  private final int offset;
  private final int end;
  private final int firstLine;
  private int[] lineStarts;
  /** Where the last count stopped: its line, its byte and the characters before it. */
  private int countedLine;
  private int countedTo = -1;
  private int counted;

  /**
   * Works over a document's bytes.
   *
   * @param bytes the bytes
   * @param offset where the document starts in them (after a byte-order mark)
   * @param end where the document ends in them
   */
  public Columns(byte[] bytes, int offset, int end) {
    this(bytes, offset, end, 1);
  }

  /**
   * Works over a part of a document's bytes that starts at the beginning of a line.
   *
   * @param bytes the bytes
   * @param offset where the part starts in them
   * @param end where the part ends in them
   * @param firstLine the number of the line the part starts with
   */
  public Columns(byte[] bytes, int offset, int end, int firstLine) {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.firstLine = firstLine;
  }

  /**
   * Returns the problems with their columns counted in characters. Problems in the order of
   * their places cost one pass over their lines, however many share a line, as on a minified
   * document; in another order, a line is counted again from its start for a problem before
   * the last one on it.
   *
   * @param problems problems placed by Jackson's byte columns
   * @return the same problems, each column counted in characters
   */
  public List<Problem> inCharacters(List<Problem> problems) {
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      placed.add(problem.hasLocation() && problem.column() > 1 && problem.line() >= firstLine
          ? problem.at(problem.line(), column(problem.line(), problem.column())) : problem);
    }
    return placed;
  }

  private int column(int line, int byteColumn) {
    if (lineStarts == null) {
      lineStarts = lineStarts();
    }
    if (line - firstLine >= lineStarts.length) {
      return byteColumn;
    }
    int start = lineStarts[line - firstLine];
    int stop = Math.min(end, start + byteColumn - 1);
    int characters = 0;
    if (line == countedLine && countedTo >= start && countedTo <= stop) {
      characters = counted;
      start = countedTo;
    }
    int i = start;
    while (i < stop) {
      // As Java decodes the line: one character a UTF-8 sequence, two for a four-byte one (a
      // surrogate pair), and one for each broken piece, which becomes one replacement
      // character: a lead byte with the continuation bytes that follow it before the break, or
      // a continuation byte alone.
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 || b > 0xF4 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
      int next = i + 1;
      while (next < i + length && next < end && (bytes[next] & 0xC0) == 0x80) {
        next++;
      }
      characters += next == i + length && length == 4 ? 2 : 1;
      i = next;
    }
    countedLine = line;
    countedTo = i;
    counted = characters;
    return characters + 1;
  }

  /** Where each line starts, ending lines as Jackson does: at \n, at \r, at \r\n once. */
  private int[] lineStarts() {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = offset;
    for (int i = offset; i < end; i++) {
      byte b = bytes[i];
      if (b == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
        i++;
      } else if (b != '\n' && b != '\r') {
        continue;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return java.util.Arrays.copyOf(starts, count);
  }
}
