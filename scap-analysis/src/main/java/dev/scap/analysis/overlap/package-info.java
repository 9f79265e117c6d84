/** Theme overlap between cities: profiles, metrics, top peers, the similarity matrix, coverage. */
package dev.scap.analysis.overlap;
