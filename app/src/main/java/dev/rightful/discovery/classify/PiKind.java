package dev.rightful.discovery.classify;

import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of personal information the classifier recognises, with the CCPA categories (CC
 * 1798.140(v)(1)) and sensitive kind (1798.140(ae)) it falls in, and the identity a request can
 * start from when a column holds it. The categories follow the example map's own choices (an IP
 * address is A and G, a phone number B) so that a suggestion reads like the rest of the map.
 */
public enum PiKind {
  EMAIL("email", set(Category.A), null, "email"),
  PHONE("phone", set(Category.B), null, "phone"),
  PERSON_NAME("person-name", set(Category.A, Category.B), null, null),
  POSTAL_ADDRESS("postal-address", set(Category.A, Category.B, Category.G), null, null),
  COARSE_LOCATION("coarse-location", set(Category.B, Category.G), null, null),
  ACCOUNT_NAME("account-name", set(Category.A), null, null),
  IP_ADDRESS("ip-address", set(Category.A, Category.G), null, null),
  MAC_ADDRESS("mac-address", set(Category.A), null, null),
  DEVICE_ID("device-id", set(Category.A), null, "device-id"),
  ADVERTISING_ID("advertising-id", set(Category.A), null, "device-id"),
  HASHED_IDENTIFIER("hashed-identifier", set(Category.A), null, null),
  GOVERNMENT_ID(
      "government-id", set(Category.A, Category.B, Category.L), SensitiveKind.GOVERNMENT_ID, null),
  CARD_NUMBER("card-number", set(Category.B, Category.L), SensitiveKind.FINANCIAL_ACCOUNT, null),
  BANK_ACCOUNT("bank-account", set(Category.B, Category.L), SensitiveKind.FINANCIAL_ACCOUNT, null),
  PASSWORD_HASH("password-hash", set(Category.L), SensitiveKind.ACCOUNT_LOGIN, null),
  PRECISE_GEOLOCATION(
      "precise-geolocation", set(Category.G, Category.L), SensitiveKind.PRECISE_GEOLOCATION, null),
  ROUNDED_GEOLOCATION("rounded-geolocation", set(Category.G), null, null),
  DATE_OF_BIRTH("date-of-birth", set(Category.B, Category.C), null, null),
  PROTECTED_CLASS("protected-class", set(Category.C), null, null),
  RACIAL_ETHNIC(
      "racial-ethnic-origin",
      set(Category.C, Category.L),
      SensitiveKind.RACIAL_OR_ETHNIC_ORIGIN,
      null),
  RELIGION("religion", set(Category.C, Category.L), SensitiveKind.RELIGIOUS_BELIEFS, null),
  UNION("union-membership", set(Category.L), SensitiveKind.UNION_MEMBERSHIP, null),
  SEX_LIFE("sex-life", set(Category.C, Category.L), SensitiveKind.SEX_LIFE, null),
  // Citizenship or immigration status is sensitive (1798.140(ae)(1)(C)); SensitiveKind has no
  // member for it yet, so the finding carries L without a kind.
  CITIZENSHIP("citizenship", set(Category.C, Category.L), null, null),
  HEALTH("health", set(Category.B, Category.L), SensitiveKind.HEALTH, null),
  HEALTH_INSURANCE_ID(
      "health-insurance-id", set(Category.B, Category.L), SensitiveKind.HEALTH_INSURANCE_ID, null),
  BIOMETRIC("biometric", set(Category.E, Category.L), SensitiveKind.BIOMETRIC, null),
  GENETIC("genetic", set(Category.C, Category.L), SensitiveKind.GENETIC, null),
  MESSAGE_CONTENT("message-content", set(Category.L), SensitiveKind.COMMUNICATIONS_CONTENT, null),
  EMPLOYMENT("employment", set(Category.I), null, null),
  EDUCATION("education", set(Category.B, Category.J), null, null),
  BROWSING("browsing", set(Category.F), null, null),
  SENSORY("sensory", set(Category.H), null, null),
  INFERENCE("inference", set(Category.K), null, null);

  private final String id;
  private final Set<Category> categories;
  private final SensitiveKind sensitive;
  private final String identity;

  PiKind(String id, Set<Category> categories, SensitiveKind sensitive, String identity) {
    this.id = id;
    this.categories = categories;
    this.sensitive = sensitive;
    this.identity = identity;
  }

  public String id() {
    return id;
  }

  public Set<Category> categories() {
    return categories;
  }

  /** The sensitive kind, or null. */
  public SensitiveKind sensitive() {
    return sensitive;
  }

  /** The identity a request can start from (email, phone, device-id), or null. */
  public String identity() {
    return identity;
  }

  private static Set<Category> set(Category first, Category... rest) {
    return Set.copyOf(EnumSet.of(first, rest));
  }
}
