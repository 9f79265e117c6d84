package dev.scap.model.internal;

import dev.scap.model.Plan;
import dev.scap.model.Project;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Leaves to {@link BeanValidation#validatePlan} what it checks one by one instead of Hibernate
 * Validator: the cascade into a plan's focus areas, and the constraints on each theme of a
 * project (those on the list as a whole stay). A document names the same few focus areas and
 * themes in plan after plan, and a value found valid once need not be checked again.
 * Everything else is reached and cascaded into. Stateless and thread-safe.
 */
final class CheckedApart implements TraversableResolver {

  @Override
  public boolean isReachable(Object traversableObject, Path.Node traversableProperty,
      Class<?> rootBeanType, Path pathToTraversableObject, ElementType elementType) {
    // a constraint on a type argument, as in List<@ValidIdentifier ThemeId>, is of TYPE_USE
    return !(elementType == ElementType.TYPE_USE && traversableObject instanceof Project
        && "themes".equals(traversableProperty.getName()));
  }

  @Override
  public boolean isCascadable(Object traversableObject, Path.Node traversableProperty,
      Class<?> rootBeanType, Path pathToTraversableObject, ElementType elementType) {
    return !(traversableObject instanceof Plan
        && "focusAreas".equals(traversableProperty.getName()));
  }
}
