package dev.scap.sheets.internal;

import dev.scap.sheets.SheetLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Inspects a workbook before it is parsed: that it is an XLSX zip, that it holds no macros and
 * no links to other files, and that no part inflates past the limits, counting the bytes
 * actually inflated since a zip's declared sizes can lie. It also finds the merged cells,
 * which the row reader does not tell, by reading each sheet's {@code <mergeCells>}.
 */
final class WorkbookCheck {

  /** The most entries of a workbook's zip: a workbook of the layout has a few dozen. */
  static final int MAX_ENTRIES = 10_000;

  /** Parts smaller than this are not held to the compression ratio: tiny parts vary most. */
  private static final long RATIO_FLOOR = 1 << 20;

  private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

  private static final String SHARED_STRINGS_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
  private static final String STYLES_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  private final SheetLimits limits;
  private final XMLInputFactory xml;
  private long total;

  /**
   * The parts that hold shared strings: the row reader takes the one that the content types
   * name, whatever its name, so each such part is held to the shared strings limit.
   */
  private final Set<String> sharedStrings = new HashSet<>(Set.of(SHARED_STRINGS));

  /** Whether the content types name a styles part; a workbook may have none. */
  private boolean styled;

  WorkbookCheck(SheetLimits limits) {
    this.limits = limits;
    xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
  }

  /**
   * Checks a workbook file.
   *
   * @param file the file
   * @return the merged ranges of each sheet by its name, such as {@code A1:B2}
   * @throws Stop if the file is no XLSX workbook, is unsafe or passes a limit
   * @throws IOException if the file cannot be read
   */
  Map<String, List<String>> check(Path file) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw Stop.whole("limit-exceeded", "the workbook has " + size
          + " bytes, over the limit of " + limits.maxFileBytes());
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
        && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
      throw Stop.whole("not-a-workbook", "the file is an Excel 97-2003 workbook (.xls) or "
          + "another OLE2 file, not an XLSX workbook: save it as .xlsx");
    }
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      throw Stop.whole("not-a-workbook", "the file is not an XLSX workbook (not a zip file; "
          + "CSV files are read from a folder of them)");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return check(zip);
    } catch (ZipException e) {
      throw Stop.whole("not-a-workbook", "the file is not an XLSX workbook: its zip cannot be "
          + "read (" + e.getMessage() + ")");
    }
  }

  private Map<String, List<String>> check(ZipFile zip) throws IOException {
    if (zip.size() > MAX_ENTRIES) {
      throw Stop.whole("limit-exceeded", "the workbook's zip has " + zip.size()
          + " entries, over the limit of " + MAX_ENTRIES);
    }
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = entry.getName();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith("vbaproject.bin")) {
        throw Stop.whole("unsafe-workbook", "the workbook holds macros (" + name
            + "): save it as a workbook without macros (.xlsx)");
      }
      if (lower.startsWith("xl/externallinks/")) {
        throw Stop.whole("unsafe-workbook", "the workbook links to other files (" + name
            + "): break the links and keep the values");
      }
      if (entry.getSize() > limits.maxPartBytes()) {
        throw Stop.whole("limit-exceeded", "the workbook's part " + name + " declares "
            + entry.getSize() + " bytes uncompressed, over the limit of "
            + limits.maxPartBytes());
      }
    }
    ZipEntry types = zip.getEntry("[Content_Types].xml");
    ZipEntry workbook = zip.getEntry("xl/workbook.xml");
    if (types == null || workbook == null) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 200
          && new String(read(zip, mimetype), java.nio.charset.StandardCharsets.US_ASCII)
              .startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
        throw Stop.whole("not-a-workbook", "the file is an OpenDocument spreadsheet (.ods), "
            + "not an XLSX workbook: save it as .xlsx (Excel 2007-365)");
      }
      throw Stop.whole("not-a-workbook", "the file is a zip but not an XLSX workbook (it has no "
          + (types == null ? "[Content_Types].xml" : "xl/workbook.xml") + ")");
    }
    String contentTypes = new String(read(zip, types), java.nio.charset.StandardCharsets.UTF_8);
    if (contentTypes.toLowerCase(Locale.ROOT).contains("macroenabled")) {
      throw Stop.whole("unsafe-workbook", "the workbook is macro-enabled: save it as a "
          + "workbook without macros (.xlsx)");
    }
    forEachElement(zip, types, "Override", r -> {
      String part = attribute(r, "PartName");
      if (part != null && SHARED_STRINGS_TYPE.equals(attribute(r, "ContentType"))) {
        sharedStrings.add(part.startsWith("/") ? part.substring(1) : part);
      }
      if (part != null && STYLES_TYPE.equals(attribute(r, "ContentType"))) {
        styled = true;
      }
    });
    Map<String, String> sheetTargets = sheets(zip, workbook);
    Map<String, List<String>> merges = new LinkedHashMap<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = entry.getName();
      if (name.equals(types.getName())) {
        continue;
      }
      String sheet = sheetTargets.get(name);
      try (InputStream in = bounded(zip, entry)) {
        if (sheet != null) {
          merges.put(sheet, mergedRanges(in, name));
        } else {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    }
    return merges;
  }

  /**
   * Whether the workbook checked has a styles part, which holds the cells' number formats: a
   * workbook without one has no cell formatted as a date, and its cells are read without
   * formats (the row reader fails on a styles part that is not there).
   *
   * @return whether the content types name a styles part
   */
  boolean hasStyles() {
    return styled;
  }

  private byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = bounded(zip, entry)) {
      return in.readAllBytes();
    }
  }

  /** Reads the sheets' names and their parts from the workbook and its relationships. */
  private Map<String, String> sheets(ZipFile zip, ZipEntry workbook) throws IOException {
    Map<String, String> idToName = new LinkedHashMap<>();
    forEachElement(zip, workbook, "sheet", r -> idToName.put(attribute(r, "r:id"),
        attribute(r, "name")));
    Map<String, String> targets = new LinkedHashMap<>();
    ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
    if (rels != null) {
      forEachElement(zip, rels, "Relationship", r -> {
        String name = idToName.get(attribute(r, "Id"));
        String target = attribute(r, "Target");
        if (name != null && target != null) {
          String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
          targets.put(part, name);
        }
      });
    }
    return targets;
  }

  private interface ElementVisitor {
    void visit(XMLStreamReader reader);
  }

  private void forEachElement(ZipFile zip, ZipEntry entry, String element,
      ElementVisitor visitor) throws IOException {
    try (InputStream in = bounded(zip, entry)) {
      XMLStreamReader reader = xml.createXMLStreamReader(in);
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamReader.START_ELEMENT
              && reader.getLocalName().equals(element)) {
            visitor.visit(reader);
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw Stop.whole("not-a-workbook", "the workbook's part " + entry.getName()
          + " is not well-formed XML");
    }
  }

  private static String attribute(XMLStreamReader reader, String name) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String prefix = reader.getAttributePrefix(i);
      String local = reader.getAttributeLocalName(i);
      String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
      if (qualified.equals(name) || local.equals(name) && !name.contains(":")) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  private List<String> mergedRanges(InputStream in, String part) throws IOException {
    List<String> ranges = new ArrayList<>();
    try {
      XMLStreamReader reader = xml.createXMLStreamReader(in);
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamReader.START_ELEMENT
              && reader.getLocalName().equals("mergeCell")) {
            String ref = attribute(reader, "ref");
            if (ref != null) {
              ranges.add(ref);
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof Stop stop) {
        throw stop;
      }
      throw Stop.whole("not-a-workbook", "the workbook's part " + part
          + " is not well-formed XML");
    }
    in.transferTo(OutputStream.nullOutputStream());
    return ranges;
  }

  /** Opens a part, counting the bytes it inflates to against the limits. */
  private InputStream bounded(ZipFile zip, ZipEntry entry) throws IOException {
    String name = entry.getName();
    long compressed = Math.max(1, entry.getCompressedSize());
    boolean strings = sharedStrings.contains(name);
    long partLimit = strings
        ? Math.min(limits.maxPartBytes(), limits.maxSharedStringsBytes())
        : limits.maxPartBytes();
    return new FilterInputStream(zip.getInputStream(entry)) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) {
        count += n;
        total += n;
        if (count > partLimit) {
          throw Stop.whole("limit-exceeded", "the workbook's part " + name
              + (strings ? " (the shared strings)" : "")
              + " inflates past " + partLimit + " bytes, the limit");
        }
        if (count > RATIO_FLOOR && count / compressed > limits.maxCompressionRatio()) {
          throw Stop.whole("limit-exceeded", "the workbook's part " + name + " inflates more "
              + "than " + limits.maxCompressionRatio() + " times its compressed size "
              + compressed + ": a zip bomb?");
        }
        if (total > limits.maxTotalBytes()) {
          throw Stop.whole("limit-exceeded", "the workbook's parts inflate past "
              + limits.maxTotalBytes() + " bytes together, the limit");
        }
      }
    };
  }
}
