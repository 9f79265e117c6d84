package dev.scap.cli;

/** Text inside Markdown tables. */
final class Markdown {

  private Markdown() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
