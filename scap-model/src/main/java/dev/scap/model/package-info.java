/**
 * The SCAP domain model: immutable records for documents, taxonomies and themes, cities,
 * organizations, plans, focus areas and projects, with typed identifiers and closed code lists.
 */
package dev.scap.model;
