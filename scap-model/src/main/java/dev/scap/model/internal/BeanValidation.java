package dev.scap.model.internal;

import dev.scap.model.FocusArea;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.ThemeId;
import dev.scap.model.constraints.CountryCode;
import dev.scap.model.constraints.CurrencyCode;
import dev.scap.model.constraints.DatesInOrder;
import dev.scap.model.constraints.FormatVersion;
import dev.scap.model.constraints.Latitude;
import dev.scap.model.constraints.Longitude;
import dev.scap.model.constraints.SupportedVersion;
import dev.scap.model.constraints.UniqueFocusThemes;
import dev.scap.model.constraints.UniquePriorities;
import dev.scap.model.constraints.ValidIdentifier;
import dev.scap.model.constraints.ValidPeriod;
import dev.scap.model.internal.constraints.NotBlankValidator;
import dev.scap.model.validation.Problem;
import dev.scap.model.validation.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Bean Validation constraints of the model and turns each violation into a
 * {@link Problem}: its rule code from the constraint's type, its pointer from the property path,
 * its message naming the offending value.
 */
public final class BeanValidation {

  /** The rule of each constraint that the model uses. */
  public static final Map<Class<? extends Annotation>, Rule> RULES = Map.ofEntries(
      Map.entry(NotNull.class, Rule.REQUIRED),
      Map.entry(NotBlank.class, Rule.REQUIRED),
      Map.entry(NotEmpty.class, Rule.EMPTY_LIST),
      Map.entry(Min.class, Rule.OUT_OF_RANGE),
      Map.entry(DecimalMin.class, Rule.OUT_OF_RANGE),
      Map.entry(PositiveOrZero.class, Rule.OUT_OF_RANGE),
      Map.entry(Positive.class, Rule.OUT_OF_RANGE),
      Map.entry(ValidIdentifier.class, Rule.INVALID_IDENTIFIER),
      Map.entry(CountryCode.class, Rule.INVALID_COUNTRY),
      Map.entry(CurrencyCode.class, Rule.INVALID_CURRENCY),
      Map.entry(Latitude.class, Rule.INVALID_COORDINATE),
      Map.entry(Longitude.class, Rule.INVALID_COORDINATE),
      Map.entry(FormatVersion.class, Rule.INVALID_VERSION),
      Map.entry(SupportedVersion.class, Rule.UNSUPPORTED_VERSION),
      Map.entry(ValidPeriod.class, Rule.INVALID_PERIOD),
      Map.entry(DatesInOrder.class, Rule.INVALID_PERIOD),
      Map.entry(UniquePriorities.class, Rule.DUPLICATE_PRIORITY),
      Map.entry(UniqueFocusThemes.class, Rule.DUPLICATE_FOCUS_AREA));

  /** Constraints whose validators write the whole message. */
  private static final Set<Class<? extends Annotation>> WHOLE_MESSAGES = Set.of(
      SupportedVersion.class, ValidPeriod.class, DatesInOrder.class, UniquePriorities.class,
      UniqueFocusThemes.class);

  /** The most values that {@link #validatePlan} remembers as valid for one document. */
  public static final int MOST_VALID = 4096;

  private static final BeanValidation SHARED = new BeanValidation();

  /**
   * Returns the shared instance. Hibernate Validator starts on the first object that
   * {@link PlainlyValid} cannot tell valid, or on {@link #start()}: a valid document of the
   * common shapes never needs it.
   *
   * @return the instance
   */
  public static BeanValidation shared() {
    return SHARED;
  }

  private BeanValidation() {}

  /**
   * Starts Hibernate Validator now, if it has not started, for a caller that will need it.
   *
   * @return this
   */
  public BeanValidation start() {
    engine();
    return this;
  }

  private static Engine engine() {
    return Engine.INSTANCE;
  }

  /** Hibernate Validator, started on first use. */
  private static final class Engine {
    static final Engine INSTANCE = new Engine();

    final ValidatorFactory factory;
    final Validator validator;
    /** Validates plans without their focus areas. */
    final Validator plans;
    final boolean untracked;

    /**
     * Starts Hibernate Validator with message interpolation that needs no expression language,
     * and with the format's own meaning of {@link NotBlank}, the same in every version.
     * Where the Hibernate Validator found at run time can be told (from 9.1 on), the objects it
     * has validated are not tracked: that tracking, a set lookup for every object, guards against
     * cycles, which the model's immutable records cannot form. An object shared by two places of
     * a document is checked, and reported, at both either way.
     */
    Engine() {
      HibernateValidatorConfiguration configuration = Validation
          .byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT,
              false));
      ConstraintMapping blank = configuration.createConstraintMapping();
      blank.constraintDefinition(NotBlank.class)
          .includeExistingValidators(false)
          .validatedBy(NotBlankValidator.class);
      configuration.addMapping(blank);
      untracked = canUntrack();
      if (untracked) {
        UntrackedModel.apply(configuration);
      }
      // The resolver is asked about every constraint: without a cache of its answers, each
      // question is one call, where the cache would build a map entry.
      configuration.enableTraversableResolverResultCache(false);
      factory = configuration.buildValidatorFactory();
      validator = factory.getValidator();
      plans = factory.usingContext().traversableResolver(new CheckedApart()).getValidator();
    }
  }

  /**
   * Tells whether the validated objects of the model go untracked, which only Hibernate
   * Validator 9.1 and newer can be told.
   *
   * @return {@code true} if the tracking of validated objects is off for the model's types
   */
  public boolean untracked() {
    return engine().untracked;
  }

  /**
   * Validates an object of the model.
   *
   * @param object the object, such as a whole document
   * @param base the JSON Pointer of {@code object} in its document
   * @return the problems, in no particular order
   */
  public List<Problem> validate(Object object, String base) {
    if (PlainlyValid.test(object)) {
      return new ArrayList<>();
    }
    return validateFully(object, base);
  }

  /**
   * Validates an object of the model with Hibernate Validator alone, as {@link #validate} does
   * for an object that {@link PlainlyValid} cannot tell valid.
   *
   * @param object the object, such as a whole document
   * @param base the JSON Pointer of {@code object} in its document
   * @return the problems, in no particular order
   */
  public List<Problem> validateFully(Object object, String base) {
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : engine().validator.validate(object)) {
      problems.add(toProblem(violation, base));
    }
    return problems;
  }

  /**
   * Validates a plan, handing each problem over as soon as it is found. Its focus areas, and
   * the themes of its projects, are validated one by one, and a focus area or theme equal to one
   * found valid before is not validated again: the problems are those that validating the whole
   * plan gives.
   *
   * @param plan the plan
   * @param base the JSON Pointer of {@code plan} in its document
   * @param valid the focus areas and themes found valid so far, to which this adds those it
   *     finds valid, up to {@value #MOST_VALID} in all; shared by threads at once if thread-safe
   * @param sink takes the problems, in no particular order
   */
  public void validatePlan(Plan plan, String base, Set<Object> valid, Consumer<Problem> sink) {
    if (PlainlyValid.plan(plan)) {
      return;
    }
    for (ConstraintViolation<Object> violation : engine().plans.validate((Object) plan)) {
      sink.accept(toProblem(violation, base));
    }
    List<FocusArea> areas = plan.focusAreas();
    for (int i = 0; i < areas.size(); i++) {
      FocusArea area = areas.get(i);
      if (!valid.contains(area)) {
        List<Problem> found = validate(area, base + "/focusAreas/" + i);
        if (found.isEmpty()) {
          remember(valid, area);
        } else {
          found.forEach(sink);
        }
      }
    }
    List<Project> projects = plan.projects();
    for (int i = 0; i < projects.size(); i++) {
      List<ThemeId> themes = projects.get(i).themes();
      if (!valid.containsAll(themes)) {
        validateThemes(themes, base + "/projects/" + i, valid, sink);
      }
    }
  }

  /**
   * Validates the themes of a project as the constraints on each theme of the list find them,
   * leaving out those on the list as a whole, which the plan's validation has checked.
   */
  private void validateThemes(List<ThemeId> themes, String base, Set<Object> valid,
      Consumer<Problem> sink) {
    boolean allValid = true;
    for (ConstraintViolation<Project> violation
        : engine().validator.validateValue(Project.class, "themes", themes)) {
      if (inIterable(violation.getPropertyPath())) {
        @SuppressWarnings("unchecked")
        ConstraintViolation<Object> found = (ConstraintViolation<Object>) (Object) violation;
        sink.accept(toProblem(found, base));
        allValid = false;
      }
    }
    if (allValid) {
      themes.forEach(theme -> remember(valid, theme));
    }
  }

  private static boolean inIterable(jakarta.validation.Path path) {
    for (jakarta.validation.Path.Node node : path) {
      if (node.isInIterable()) {
        return true;
      }
    }
    return false;
  }

  private static void remember(Set<Object> valid, Object value) {
    if (valid.size() < MOST_VALID) {
      valid.add(value);
    }
  }

  /**
   * Validates a document but its plans, its cities and organizations one by one: Hibernate
   * Validator gathers all the violations of one call in a set, and for a list of 200,000 broken
   * entries the set and its garbage cost more than the checks.
   *
   * @param document the document, whose plans are left out
   * @param skip tells, from its pointer (such as {@code /cities/3}), whether to leave out a
   *     city or an organization, such as one that stands in for an entry that could not be read
   * @return the problems, in no particular order
   */
  public List<Problem> validateHeader(ScapDocument document, Predicate<String> skip) {
    List<Problem> problems = new ArrayList<>();
    validateHeader(document, skip, problems::add);
    return problems;
  }

  /**
   * Validates a document but its plans, its cities and organizations one by one, handing each
   * problem over as soon as it is found.
   *
   * @param document the document, whose plans are left out
   * @param skip tells, from its pointer, whether to leave out a city or an organization
   * @param sink takes the problems, in no particular order
   */
  public void validateHeader(ScapDocument document, Predicate<String> skip,
      Consumer<Problem> sink) {
    if (!PlainlyValid.header(document)) {
      validateFully(document.toBuilder().cities(List.of()).organizations(List.of())
          .plans(List.of()).build(), "").forEach(sink);
    }
    entries(document.cities(), "/cities", skip, sink);
    entries(document.organizations(), "/organizations", skip, sink);
  }

  private void entries(List<?> entries, String pointer, Predicate<String> skip,
      Consumer<Problem> sink) {
    for (int i = 0; i < entries.size(); i++) {
      String base = Pointers.child(pointer, i);
      if (!skip.test(base)) {
        validate(entries.get(i), base).forEach(sink);
      }
    }
  }

  /**
   * Validates a value that an object of the model would hold, before the object exists.
   *
   * @param type the model's type, such as {@code ScapDocument.class}
   * @param property the name of the component that would hold the value
   * @param value the value
   * @param base the JSON Pointer of the object in its document
   * @return the problems, in no particular order
   */
  public List<Problem> validateValue(Class<?> type, String property, Object value, String base) {
    List<Problem> problems = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Class<Object> beanType = (Class<Object>) type;
    for (ConstraintViolation<Object> violation
        : engine().validator.validateValue(beanType, property, value)) {
      problems.add(toProblem(violation, base));
    }
    return problems;
  }

  /**
   * Looks for the tracking voter's type and the configuration's method that takes it, by name
   * and through Hibernate Validator's own class loader, so that nothing of 9.1 is loaded where
   * an older version runs.
   */
  private static boolean canUntrack() {
    ClassLoader loader = HibernateValidatorConfiguration.class.getClassLoader();
    try {
      Class<?> voter = Class.forName(
          "org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter", false, loader);
      HibernateValidatorConfiguration.class.getMethod("processedBeansTrackingVoter", voter);
      return true;
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      return false;
    }
  }

  private static Problem toProblem(ConstraintViolation<Object> violation, String base) {
    Class<? extends Annotation> type =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    Rule rule = RULES.get(type);
    if (rule == null) {
      throw new IllegalStateException("no rule code for constraint " + type.getName());
    }
    String pointer = base + Pointers.of(violation.getPropertyPath());
    return rule.at(pointer, message(type, violation, pointer));
  }

  private static String message(
      Class<? extends Annotation> type, ConstraintViolation<Object> violation, String pointer) {
    String name = Pointers.lastName(pointer);
    Object value = violation.getInvalidValue();
    if (WHOLE_MESSAGES.contains(type)) {
      return violation.getMessage();
    }
    if (type == NotNull.class || type == NotBlank.class) {
      return value == null ? name + " is required" : name + " is required and must not be blank";
    }
    if (type == NotEmpty.class) {
      return name + " must have at least one entry";
    }
    if (type == Min.class || type == DecimalMin.class || type == PositiveOrZero.class
        || type == Positive.class) {
      Object minimum = type == PositiveOrZero.class ? 0 : type == Positive.class ? 1
          : violation.getConstraintDescriptor().getAttributes().get("value");
      return name + " " + render(value) + " is below the minimum of " + minimum;
    }
    boolean element = pointer.substring(pointer.lastIndexOf('/') + 1).chars()
        .allMatch(Character::isDigit);
    return (element ? "" : name + " ") + render(value) + " " + violation.getMessage();
  }

  private static String render(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return Quoted.value(value);
  }
}
