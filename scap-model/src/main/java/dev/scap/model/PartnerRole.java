package dev.scap.model;

import java.util.Optional;

/** The part a partner plays in a project or plan. */
public enum PartnerRole implements Coded {
  /** Pays for the work. */
  FUNDER,

  /** Does the work. */
  IMPLEMENTER,

  /** Lends technical expertise. */
  TECHNICAL_PARTNER,

  /** Shares knowledge and experience. */
  KNOWLEDGE_PARTNER,

  /** Any other part. */
  OTHER;

  /**
   * Finds the constant with the given code.
   *
   * @param code the code, such as {@code "funder"}; may be {@code null}
   * @return the constant, empty if there is none with that code
   */
  public static Optional<PartnerRole> fromCode(String code) {
    return Coded.fromCode(PartnerRole.class, code);
  }
}
