package dev.scap.model;

import java.util.Optional;

/** How far a project has come. */
public enum Stage implements Coded {
  /** An idea, not yet worked out. */
  IDEA,

  /** A worked-out concept. */
  CONCEPT,

  /** Under a feasibility study. */
  FEASIBILITY_STUDY,

  /** Piloted. */
  PILOT,

  /** Being implemented. */
  IMPLEMENTATION,

  /** In operation. */
  OPERATION,

  /** Completed. */
  COMPLETED,

  /** Cancelled. */
  CANCELLED;

  /**
   * Finds the constant with the given code.
   *
   * @param code the code, such as {@code "idea"}; may be {@code null}
   * @return the constant, empty if there is none with that code
   */
  public static Optional<Stage> fromCode(String code) {
    return Coded.fromCode(Stage.class, code);
  }
}
