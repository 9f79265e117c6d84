/** Generators of valid SCAP documents and mutations that break exactly one rule of the format. */
package dev.scap.testkit;
