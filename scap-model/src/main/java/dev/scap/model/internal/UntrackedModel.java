package dev.scap.model.internal;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;

/**
 * Turns off Hibernate Validator's tracking of validated objects for the model's records, where
 * the Hibernate Validator at run time offers it (9.1 and newer). Older versions (8.0, with
 * Jakarta Validation 3.0, and 9.0) have neither the voter's type nor the method that takes it:
 * this class names both, so it is loaded only once {@link BeanValidation} has found them.
 */
final class UntrackedModel implements ProcessedBeansTrackingVoter {

  private UntrackedModel() {
  }

  /**
   * Tells a configuration not to track the model's objects. Call only where both exist.
   *
   * @param configuration the configuration
   */
  static void apply(HibernateValidatorConfiguration configuration) {
    configuration.processedBeansTrackingVoter(new UntrackedModel());
  }

  @Override
  public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
    return ofModel(beanClass) ? Vote.NON_TRACKING : Vote.DEFAULT;
  }

  @Override
  public Vote isEnabledForReturnValue(Class<?> beanClass, String name,
      Class<?>[] parameterTypes, boolean hasCascadables) {
    return Vote.DEFAULT;
  }

  @Override
  public Vote isEnabledForParameters(Class<?> beanClass, String name,
      Class<?>[] parameterTypes, boolean hasCascadables) {
    return Vote.DEFAULT;
  }

  private static boolean ofModel(Class<?> type) {
    return type.isRecord() && type.getPackageName().equals("dev.scap.model");
  }
}
