package dev.scap.model.internal.constraints;

import dev.scap.model.FocusArea;
import dev.scap.model.constraints.UniqueFocusThemes;
import dev.scap.model.internal.Quoted;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link UniqueFocusThemes}. */
public final class UniqueFocusThemesValidator
    implements ConstraintValidator<UniqueFocusThemes, List<FocusArea>> {

  /** Creates the validator. */
  public UniqueFocusThemesValidator() {}

  @Override
  public boolean isValid(List<FocusArea> value, ConstraintValidatorContext context) {
    return Violations.eachRepeat(value, FocusArea::theme, (index, earlier) ->
        Violations.atElement(context, index, "theme", "theme "
            + Quoted.value(value.get(index).theme())
            + " is already a focus area of the plan (focus area " + earlier + ")"));
  }
}
