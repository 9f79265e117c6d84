/**
 * One report of a document's analyses: its summary, theme coverage, overlap heatmap, peers,
 * peer groups, roundtables and partners, with a stamp that makes it reproducible, rendered as
 * HTML, Markdown or JSON.
 */
package dev.scap.report;
