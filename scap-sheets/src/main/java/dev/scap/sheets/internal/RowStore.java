package dev.scap.sheets.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decoded rows of one sheet, kept in a temporary file so that memory holds only an offset,
 * a row number and a parent per row. Each row is its fields' indexes and values, in a compact
 * binary form. Not thread-safe.
 */
final class RowStore implements AutoCloseable {

  private static final int STRING = 1;
  private static final int DECIMAL = 2;
  private static final int INTEGER = 3;
  private static final int TRUE = 4;
  private static final int FALSE = 5;
  private static final int NULL = 6;
  private static final int JSON = 7;
  private static final int LIST = 8;
  private static final int WINDOW = 1 << 16;

  private final Path file;
  private final Counting counted;
  private final DataOutputStream out;
  private RandomAccessFile in;
  /**
   * A window on the file from {@code windowStart}: rows are mostly read in the order they were
   * written, so one read of the file serves many rows instead of a seek and a read for each.
   */
  private byte[] window = new byte[WINDOW];
  private long windowStart;
  private int windowLength;
  private long[] offsets = new long[16];
  private int[] rows = new int[16];
  private int[] parents = new int[16];
  private int size;

  RowStore(Path folder) throws IOException {
    file = Files.createTempFile(folder, "rows", ".bin");
    counted = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    out = new DataOutputStream(counted);
  }

  /** Counts bytes in a long, where {@link DataOutputStream#size()} would stop at 2 GiB. */
  private static final class Counting extends FilterOutputStream {
    private long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /**
   * Adds a row.
   *
   * @param row its row number in the file
   * @param parent the index of its parent in the parent sheet's store, or -1
   * @param fields its fields' indexes
   * @param values their values, as {@link CellDecoder} gives them
   * @return the row's index in the store
   */
  int add(int row, int parent, List<Integer> fields, List<Object> values) throws IOException {
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
      rows = Arrays.copyOf(rows, size * 2);
      parents = Arrays.copyOf(parents, size * 2);
    }
    offsets[size] = counted.count;
    rows[size] = row;
    parents[size] = parent;
    out.writeInt(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      out.writeShort(fields.get(i));
      write(values.get(i));
    }
    return size++;
  }

  private void write(Object value) throws IOException {
    if (value instanceof String s) {
      out.writeByte(STRING);
      text(s);
    } else if (value instanceof BigInteger n) {
      out.writeByte(INTEGER);
      text(n.toString());
    } else if (value instanceof BigDecimal d) {
      out.writeByte(DECIMAL);
      text(d.toString());
    } else if (value instanceof Boolean b) {
      out.writeByte(b ? TRUE : FALSE);
    } else if (value instanceof CellDecoder.JsonText j) {
      out.writeByte(JSON);
      text(j.json());
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        text((String) item);
      }
    } else {
      out.writeByte(NULL);
    }
  }

  private void text(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /**
   * Returns how many rows the store holds.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * Returns a row's number in its file.
   *
   * @param index the row's index
   * @return its row number
   */
  int row(int index) {
    return rows[index];
  }

  /**
   * Returns a row's parent.
   *
   * @param index the row's index
   * @return the parent's index in the parent sheet's store, or -1
   */
  int parent(int index) {
    return parents[index];
  }

  /**
   * Reads a row back.
   *
   * @param index the row's index
   * @param fields receives its fields' indexes
   * @param values receives their values
   */
  void read(int index, List<Integer> fields, List<Object> values) throws IOException {
    if (in == null) {
      out.flush();
      in = new RandomAccessFile(file.toFile(), "r");
    }
    long start = offsets[index];
    long end = index + 1 < size ? offsets[index + 1] : counted.count;
    int length = (int) (end - start);
    if (start < windowStart || end > windowStart + windowLength) {
      if (length > window.length) {
        window = new byte[Math.max(length, window.length * 2)];
      }
      windowStart = start;
      windowLength = (int) Math.min(window.length, counted.count - start);
      in.seek(start);
      in.readFully(window, 0, windowLength);
    }
    DataInputStream data = new DataInputStream(
        new ByteArrayInputStream(window, (int) (start - windowStart), length));
    int count = data.readInt();
    fields.clear();
    values.clear();
    for (int i = 0; i < count; i++) {
      fields.add((int) data.readShort());
      values.add(value(data));
    }
  }

  private static Object value(DataInputStream data) throws IOException {
    int tag = data.readByte();
    return switch (tag) {
      case STRING -> text(data);
      case INTEGER -> new BigInteger(text(data));
      case DECIMAL -> new BigDecimal(text(data));
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case JSON -> new CellDecoder.JsonText(text(data));
      case LIST -> {
        int n = data.readInt();
        List<String> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(text(data));
        }
        yield items;
      }
      default -> CellDecoder.NULL;
    };
  }

  private static String text(DataInputStream data) throws IOException {
    byte[] bytes = new byte[data.readInt()];
    data.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
      if (in != null) {
        in.close();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
