package dev.scap.model;

import java.util.Optional;

/** What kind of body an organization is. */
public enum OrganizationKind implements Coded {
  /** A national government or one of its ministries. */
  NATIONAL_GOVERNMENT,

  /** A city or regional government. */
  LOCAL_GOVERNMENT,

  /** A multilateral development bank, such as the World Bank. */
  MULTILATERAL_DEVELOPMENT_BANK,

  /** A national development agency, such as JICA or KOICA. */
  DEVELOPMENT_AGENCY,

  /** An international organization. */
  INTERNATIONAL_ORGANIZATION,

  /** A company. */
  PRIVATE_SECTOR,

  /** A university or research institute. */
  RESEARCH_INSTITUTION,

  /** A non-governmental organization. */
  CIVIL_SOCIETY,

  /** Any other body. */
  OTHER;

  /**
   * Finds the constant with the given code.
   *
   * @param code the code, such as {@code "national-government"}; may be {@code null}
   * @return the constant, empty if there is none with that code
   */
  public static Optional<OrganizationKind> fromCode(String code) {
    return Coded.fromCode(OrganizationKind.class, code);
  }
}
