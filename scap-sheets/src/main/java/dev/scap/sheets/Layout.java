package dev.scap.sheets;

/** The layout's version: the {@code docs/SHEETS.md} that this library reads and writes. */
public final class Layout {

  /** The version of the workbook layout, written in the template's notes. */
  public static final String VERSION = "1.0";

  private Layout() {}
}
