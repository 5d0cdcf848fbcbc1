package dev.rightful.law;

import java.util.Optional;

/**
 * A kind of sensitive personal information (CC 1798.140(ae)), and whether a know request may ever
 * disclose its value.
 */
public enum SensitiveKind implements Vocabulary {
  GOVERNMENT_ID(
      "government-id", "Social Security, driver's license, state ID or passport number", true),
  ACCOUNT_LOGIN(
      "account-login", "Account log-in with password or security questions and answers", true),
  FINANCIAL_ACCOUNT(
      "financial-account",
      "Financial account, debit or credit card number with access codes",
      true),
  PRECISE_GEOLOCATION("precise-geolocation", "Precise geolocation", false),
  RACIAL_OR_ETHNIC_ORIGIN("racial-ethnic-origin", "Racial or ethnic origin", false),
  RELIGIOUS_BELIEFS("religious-beliefs", "Religious or philosophical beliefs", false),
  UNION_MEMBERSHIP("union-membership", "Union membership", false),
  COMMUNICATIONS_CONTENT(
      "communications-content",
      "Contents of mail, email or text messages not addressed to the business",
      false),
  GENETIC("genetic", "Genetic data", false),
  BIOMETRIC("biometric", "Biometric information processed to identify a consumer", true),
  HEALTH("health", "Health information", false),
  HEALTH_INSURANCE_ID(
      "health-insurance-id", "Health insurance or medical identification number", true),
  SEX_LIFE("sex-life", "Sex life or sexual orientation", false);

  private final String id;
  private final String description;
  // 7024(d): these values are never disclosed in a response to a know request.
  private final boolean neverDisclosed;

  SensitiveKind(String id, String description, boolean neverDisclosed) {
    this.id = id;
    this.description = description;
    this.neverDisclosed = neverDisclosed;
  }

  @Override
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public boolean neverDisclosed() {
    return neverDisclosed;
  }

  public static Optional<SensitiveKind> fromId(String id) {
    return Vocabulary.parse(SensitiveKind.class, id);
  }
}
