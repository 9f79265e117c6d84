/**
 * Reading and writing SCAP documents as JSON: {@link dev.scap.io.ScapReader} reports every
 * problem with its line and column, {@link dev.scap.io.ScapWriter} writes the canonical form.
 */
package dev.scap.io;
