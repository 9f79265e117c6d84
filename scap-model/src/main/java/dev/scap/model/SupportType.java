package dev.scap.model;

import java.util.Optional;

/** A kind of support that an organization offers or a project needs. */
public enum SupportType implements Coded {
  /** Funding or carrying out a feasibility study. */
  FEASIBILITY_STUDY,

  /** Funding or running a pilot project. */
  PILOT_PROJECT,

  /** Loans, grants or investment. */
  FINANCING,

  /** Expertise lent to the project. */
  TECHNICAL_ASSISTANCE,

  /** Training of the city's staff. */
  CAPACITY_BUILDING,

  /** Advice on policy and regulation. */
  POLICY_ADVICE,

  /** Exchange of experience between cities. */
  KNOWLEDGE_SHARING;

  /**
   * Finds the constant with the given code.
   *
   * @param code the code, such as {@code "feasibility-study"}; may be {@code null}
   * @return the constant, empty if there is none with that code
   */
  public static Optional<SupportType> fromCode(String code) {
    return Coded.fromCode(SupportType.class, code);
  }
}
