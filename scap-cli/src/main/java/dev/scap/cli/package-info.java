/** The {@code scap} command line. */
package dev.scap.cli;
