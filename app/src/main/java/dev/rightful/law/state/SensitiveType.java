package dev.rightful.law.state;

import dev.rightful.law.SensitiveKind;
import dev.rightful.law.Vocabulary;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of data some state's law defines as sensitive: the union of the states' lists (STATES.md
 * section 5.6) and California's kinds. Each {@link Jurisdiction} says which it lists.
 */
public enum SensitiveType implements Vocabulary {
  RACIAL_OR_ETHNIC_ORIGIN("racial-ethnic-origin", "Racial or ethnic origin"),
  NATIONAL_ORIGIN("national-origin", "National origin"),
  RELIGIOUS_BELIEFS("religious-beliefs", "Religious beliefs"),
  HEALTH("health", "Mental or physical health condition or diagnosis"),
  CONSUMER_HEALTH_DATA("consumer-health-data", "Consumer health data"),
  PREGNANCY("pregnancy", "Pregnancy"),
  DISABILITY("disability", "Disability or treatment"),
  SEX_LIFE("sex-life", "Sex life"),
  SEXUAL_ORIENTATION("sexual-orientation", "Sexual orientation"),
  TRANSGENDER_OR_NONBINARY("transgender-nonbinary", "Status as transgender or nonbinary"),
  CITIZENSHIP_OR_IMMIGRATION("citizenship-immigration", "Citizenship or immigration status"),
  CRIME_VICTIM("crime-victim", "Status as a victim of crime"),
  GENETIC("genetic", "Genetic data"),
  BIOMETRIC("biometric", "Biometric data processed to identify a person"),
  NEURAL("neural", "Neural data"),
  BIOLOGICAL("biological", "Biological data"),
  PRECISE_GEOLOCATION("precise-geolocation", "Precise geolocation (within 1,750 feet)"),
  CHILD_DATA("child-data", "Personal data collected from a known child"),
  FINANCIAL_ACCOUNT("financial-account", "Financial account or card number with access code"),
  GOVERNMENT_ID("government-id", "Government identification number"),
  ACCOUNT_LOGIN("account-login", "Account log-in with password or security answers"),
  UNION_MEMBERSHIP("union-membership", "Union membership"),
  COMMUNICATIONS_CONTENT("communications-content", "Contents of mail, email or text messages"),
  CONTENT_VIEWING("content-viewing", "Automatic content recognition (viewing) data");

  private final String id;
  private final String description;

  SensitiveType(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /*
   * A data map marks fields with California's kinds (CC 1798.140(ae)). Where a California kind
   * spans two state types, both are returned, so a state listing either sees the field; a medical
   * identification number is read as health data, the closer of the state types.
   */
  /** The state types a field of California's {@code kind} holds. */
  public static Set<SensitiveType> of(SensitiveKind kind) {
    return switch (kind) {
      case GOVERNMENT_ID -> EnumSet.of(GOVERNMENT_ID);
      case ACCOUNT_LOGIN -> EnumSet.of(ACCOUNT_LOGIN);
      case FINANCIAL_ACCOUNT -> EnumSet.of(FINANCIAL_ACCOUNT);
      case PRECISE_GEOLOCATION -> EnumSet.of(PRECISE_GEOLOCATION);
      case RACIAL_OR_ETHNIC_ORIGIN -> EnumSet.of(RACIAL_OR_ETHNIC_ORIGIN);
      case RELIGIOUS_BELIEFS -> EnumSet.of(RELIGIOUS_BELIEFS);
      case UNION_MEMBERSHIP -> EnumSet.of(UNION_MEMBERSHIP);
      case COMMUNICATIONS_CONTENT -> EnumSet.of(COMMUNICATIONS_CONTENT);
      case GENETIC -> EnumSet.of(GENETIC);
      case BIOMETRIC -> EnumSet.of(BIOMETRIC);
      case HEALTH, HEALTH_INSURANCE_ID -> EnumSet.of(HEALTH);
      case SEX_LIFE -> EnumSet.of(SEX_LIFE, SEXUAL_ORIENTATION);
    };
  }

  public static Optional<SensitiveType> fromId(String id) {
    return Vocabulary.parse(SensitiveType.class, id);
  }
}
