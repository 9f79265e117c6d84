package dev.scap.model.internal.constraints;

import dev.scap.model.FocusArea;
import dev.scap.model.ThemeId;
import dev.scap.model.constraints.UniqueFocusThemes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks {@link UniqueFocusThemes}. */
public final class UniqueFocusThemesValidator
    implements ConstraintValidator<UniqueFocusThemes, List<FocusArea>> {

  /** Creates the validator. */
  public UniqueFocusThemesValidator() {}

  @Override
  public boolean isValid(List<FocusArea> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Map<ThemeId, Integer> first = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < value.size(); i++) {
      ThemeId theme = value.get(i).theme();
      if (theme == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(theme, i);
      if (earlier != null) {
        valid = false;
        Violations.atElement(context, i, "theme", "theme " + Violations.quote(theme)
            + " is already a focus area of the plan (focus area " + earlier + ")");
      }
    }
    return valid;
  }
}
