package dev.scap.model.internal;

import dev.scap.model.Plan;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets Hibernate Validator reach every property, and cascade everywhere but into a plan's focus
 * areas, which {@link BeanValidation#validatePlan} checks one by one instead: a document names
 * the same few focus areas (a theme, perhaps a priority) in plan after plan, and a value found
 * valid once need not be checked again. Stateless and thread-safe.
 */
final class FocusAreasApart implements TraversableResolver {

  @Override
  public boolean isReachable(Object traversableObject, Path.Node traversableProperty,
      Class<?> rootBeanType, Path pathToTraversableObject, ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(Object traversableObject, Path.Node traversableProperty,
      Class<?> rootBeanType, Path pathToTraversableObject, ElementType elementType) {
    return !(traversableObject instanceof Plan
        && "focusAreas".equals(traversableProperty.getName()));
  }
}
