package dev.scap.model.internal.constraints;

import dev.scap.model.Event;
import dev.scap.model.constraints.DatesInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DatesInOrder} on an event. */
public final class EventDatesValidator implements ConstraintValidator<DatesInOrder, Event> {

  /** Creates the validator. */
  public EventDatesValidator() {}

  @Override
  public boolean isValid(Event value, ConstraintValidatorContext context) {
    if (value == null || value.start() == null || value.end() == null
        || !value.end().isBefore(value.start())) {
      return true;
    }
    Violations.at(context, "end", "event ends (" + value.end() + ") before it starts ("
        + value.start() + ")");
    return false;
  }
}
