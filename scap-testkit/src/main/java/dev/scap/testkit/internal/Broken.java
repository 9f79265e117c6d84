package dev.scap.testkit.internal;

import dev.scap.model.ScapDocument;

/**
 * A document broken by a mutation, and the JSON Pointer of the one problem it now has.
 *
 * @param document the broken document
 * @param pointer where the problem is
 */
public record Broken(ScapDocument document, String pointer) {}
