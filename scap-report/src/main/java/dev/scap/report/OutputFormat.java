package dev.scap.report;

/** The formats of the commands' outputs, as docs/CLI.md describes each. */
public enum OutputFormat {
  /** Text for people: one block per city, group or table. */
  TEXT,
  /** Markdown: a title and a table. */
  MD,
  /** CSV: RFC 4180, header row first, UTF-8, {@code \n} line ends. */
  CSV,
  /** JSON: one document, numbers as JSON numbers, ending in a line feed. */
  JSON
}
