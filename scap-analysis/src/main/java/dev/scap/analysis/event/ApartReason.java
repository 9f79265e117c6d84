package dev.scap.analysis.event;

/**
 * Why an invited city cannot be seated at all, for a reason of the event's data rather than of
 * the seating, as data for renderers to word. Implementations are immutable and thread-safe.
 */
public sealed interface ApartReason {

  /** The document has no plan of the city: nothing says which themes it could sit at. */
  record NoPlan() implements ApartReason {}

  /** The event invites a city id that is not one of the document's cities. */
  record NotACity() implements ApartReason {}
}
