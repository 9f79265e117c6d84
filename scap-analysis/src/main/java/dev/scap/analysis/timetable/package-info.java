/**
 * Timetables for roundtables: each table in a numbered time slot, and a room when rooms are
 * given, so that no city and no organization attends two tables at once, in the fewest slots.
 */
package dev.scap.analysis.timetable;
