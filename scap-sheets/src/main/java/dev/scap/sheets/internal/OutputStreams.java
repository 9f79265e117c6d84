package dev.scap.sheets.internal;

import java.io.OutputStream;

/** Output streams of no particular place. */
final class OutputStreams {

  /** A stream that drops every byte. */
  static final OutputStream NULL = OutputStream.nullOutputStream();

  private OutputStreams() {}
}
