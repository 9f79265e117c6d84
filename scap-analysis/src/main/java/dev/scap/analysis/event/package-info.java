/** Planning an event's roundtable session: the event, its session, its invited cities. */
package dev.scap.analysis.event;
