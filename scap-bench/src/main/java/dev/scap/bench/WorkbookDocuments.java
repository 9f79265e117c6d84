package dev.scap.bench;

import dev.scap.io.SyntheticDocuments;
import dev.scap.model.ScapDocument;
import dev.scap.sheets.SheetsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes the documents that {@link ImportBenchmark} imports: one synthetic document (the
 * reading benchmarks' shape, {@code SyntheticDocuments.of(cities, 64, 5, seed)}) as a workbook,
 * as a folder of CSV files and as its canonical JSON, each the same bytes for the same cities and
 * seed.
 *
 * <pre>{@code
 * java -Xmx12g -cp scap-bench/target/benchmarks.jar dev.scap.bench.WorkbookDocuments \
 *     CITIES SEED FOLDER
 * }</pre>
 *
 * <p>writes {@code FOLDER/scap-CITIES.json}, {@code FOLDER/scap-CITIES.xlsx} and the folder
 * {@code FOLDER/scap-CITIES-csv}, and prints each one's size. The JSON is written plan by plan,
 * in little memory; the workbook and the CSV files are written by {@link SheetsWriter}, which
 * takes the whole document in memory: that, not the writing, is what needs the large heap
 * (a peak RSS of 10.8 GiB in -Xmx12g for 142,000 cities).
 */
public final class WorkbookDocuments {

  static final int THEMES = 64;
  static final int PROJECTS = 5;

  private WorkbookDocuments() {}

  /**
   * Writes the three forms of one document.
   *
   * @param args the number of cities, the seed and the folder to write in
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: WorkbookDocuments CITIES SEED FOLDER");
      System.exit(64);
    }
    int cities = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Path folder = Files.createDirectories(Path.of(args[2]));
    SyntheticDocuments settings = SyntheticDocuments.of(cities, THEMES, PROJECTS, seed);

    long start = System.nanoTime();
    Path json = json(folder, cities);
    settings.write(json);
    report("json", json, Files.size(json), start);

    start = System.nanoTime();
    ScapDocument document = settings.generate();
    System.out.printf(Locale.ROOT, "generated %d plans in memory in %.1f s%n",
        document.plans().size(), (System.nanoTime() - start) / 1e9);

    start = System.nanoTime();
    Path xlsx = workbook(folder, cities);
    SheetsWriter.create().write(document, xlsx);
    report("xlsx", xlsx, Files.size(xlsx), start);

    start = System.nanoTime();
    Path csv = csvFolder(folder, cities);
    SheetsWriter.create().write(document, csv);
    report("csv", csv, sizeOf(csv), start);
  }

  /**
   * Names the JSON form of a document.
   *
   * @param folder the folder
   * @param cities the number of cities
   * @return the file
   */
  static Path json(Path folder, int cities) {
    return folder.resolve("scap-" + cities + ".json");
  }

  /**
   * Names the workbook form of a document.
   *
   * @param folder the folder
   * @param cities the number of cities
   * @return the file
   */
  static Path workbook(Path folder, int cities) {
    return folder.resolve("scap-" + cities + ".xlsx");
  }

  /**
   * Names the CSV form of a document.
   *
   * @param folder the folder
   * @param cities the number of cities
   * @return the folder of CSV files
   */
  static Path csvFolder(Path folder, int cities) {
    return folder.resolve("scap-" + cities + "-csv");
  }

  /**
   * Sums the sizes of the files in a folder, or returns a file's size.
   *
   * @param path the file or folder
   * @return its size in bytes
   * @throws IOException if it cannot be listed
   */
  static long sizeOf(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.size(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static void report(String form, Path path, long bytes, long start) {
    System.out.printf(Locale.ROOT, "%-4s %s: %d bytes (%.1f MB) in %.1f s%n", form, path, bytes,
        bytes / 1e6, (System.nanoTime() - start) / 1e9);
  }
}
