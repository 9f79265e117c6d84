/**
 * What the report module sees of the analyses' internals: the indexes behind the list of each
 * city's peers. Exported to that module alone.
 */
package dev.scap.analysis.internal.peers;
