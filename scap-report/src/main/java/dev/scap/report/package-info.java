/**
 * Renderings of the analyses' results: the report of a document (its summary, theme coverage,
 * overlap heatmap, peers, peer groups, roundtables and partners, with a stamp that makes it
 * reproducible) as HTML, Markdown, JSON or CSV; each command's own output; the public JSON form
 * of the results; and the words for the reasons and methods the analyses hold as data.
 */
package dev.scap.report;
