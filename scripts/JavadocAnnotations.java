import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Shows each annotation of a record's component once in generated javadoc pages.
 *
 * <p>Bean Validation's constraints, such as {@code @NotNull}, apply both to declarations and to
 * types, so the compiler gives a record component's constraint to its accessor and constructor
 * parameter twice, once as each, and javadoc prints both: {@code @NotNull public @NotNull
 * CityId id()}. This keeps the first of each pair. The release build runs it between javadoc and
 * the javadoc jar:
 *
 * <pre>java scripts/JavadocAnnotations.java FOLDER</pre>
 *
 * <p>It changes nothing else, and a folder that does not exist is left alone.
 */
public final class JavadocAnnotations {

  /** An annotation repeated at once as a parameter's type annotation: "@NotNull\n @NotNull ". */
  private static final Pattern REPEATED = Pattern.compile("(@[A-Z][A-Za-z0-9]*)\\n (?:\\1) ");

  /** A member's declaration annotations, modifiers and the type annotations of its type. */
  private static final Pattern MEMBER = Pattern.compile(
      "(<span class=\"annotations\">)([^<]*(?:<a [^>]*>[^<]*</a>[^<]*)*)(</span>"
          + "<span class=\"modifiers\">[^<]*</span>&nbsp;<span class=\"return-type\">)"
          + "((?:@[A-Z][A-Za-z0-9]* )+)");

  private static final Pattern PLAIN = Pattern.compile("@[A-Z][A-Za-z0-9]*");

  private JavadocAnnotations() {}

  /**
   * Rewrites every HTML page below the folder given.
   *
   * @param args the folder
   * @throws IOException if a page cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java JavadocAnnotations.java FOLDER");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> pages;
    try (Stream<Path> files = Files.walk(folder)) {
      pages = files.filter(file -> file.toString().endsWith(".html")).toList();
    }
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      String once = once(html);
      if (!once.equals(html)) {
        Files.writeString(page, once, StandardCharsets.UTF_8);
      }
    }
  }

  static String once(String html) {
    String parameters = REPEATED.matcher(html).replaceAll("$1 ");
    Matcher member = MEMBER.matcher(parameters);
    StringBuilder out = new StringBuilder();
    while (member.find()) {
      Set<String> declared = new HashSet<>();
      PLAIN.matcher(member.group(2)).results().forEach(found -> declared.add(found.group()));
      StringBuilder kept = new StringBuilder();
      for (String annotation : member.group(4).split(" ")) {
        if (!declared.contains(annotation)) {
          kept.append(annotation).append(' ');
        }
      }
      member.appendReplacement(out, Matcher.quoteReplacement(
          member.group(1) + member.group(2) + member.group(3) + kept));
    }
    member.appendTail(out);
    return out.toString();
  }
}
