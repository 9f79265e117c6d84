/** Matching cities and roundtables with the organizations that fit their themes and needs. */
package dev.scap.analysis.partner;
