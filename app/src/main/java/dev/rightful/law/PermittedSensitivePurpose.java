package dev.rightful.law;

import java.util.Collection;
import java.util.Optional;

/**
 * A purpose for which a business may use or disclose sensitive personal information without
 * offering the right to limit (7027(m)(1)–(8)). A business whose every use of sensitive personal
 * information is one of these need not post a "Limit the Use of My Sensitive Personal Information"
 * link nor offer methods to limit (7014(h); CC 1798.121(d)).
 */
public enum PermittedSensitivePurpose implements Vocabulary {
  /** 7027(m)(1). */
  PROVIDE_REQUESTED_GOODS_OR_SERVICES(
      "provide-requested-goods-or-services",
      "To perform the services or provide the goods an average consumer who requests them would"
          + " reasonably expect"),
  /** 7027(m)(2). */
  SECURITY_INCIDENTS("security-incidents", "To prevent, detect and investigate security incidents"),
  /** 7027(m)(3). */
  RESIST_FRAUD(
      "resist-fraud",
      "To resist malicious, deceptive, fraudulent or illegal actions directed at the business"),
  /** 7027(m)(4). */
  PHYSICAL_SAFETY("physical-safety", "To ensure the physical safety of natural persons"),
  /** 7027(m)(5). */
  SHORT_TERM_TRANSIENT_USE(
      "short-term-transient-use",
      "For short-term, transient use, such as non-personalized advertising in the current"
          + " interaction"),
  /** 7027(m)(6). */
  SERVICES_ON_BEHALF_OF_BUSINESS(
      "services-on-behalf-of-business",
      "To perform services on behalf of the business, such as maintaining accounts, customer"
          + " service, processing payments"),
  /** 7027(m)(7). */
  QUALITY_AND_SAFETY(
      "quality-and-safety",
      "To verify or maintain the quality or safety of a service or device the business controls"),
  /** 7027(m)(8). */
  NOT_INFERRING_CHARACTERISTICS(
      "not-inferring-characteristics",
      "Collection or processing that is not for the purpose of inferring characteristics about a"
          + " consumer");

  private final String id;
  private final String description;

  PermittedSensitivePurpose(String id, String description) {
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

  public static Optional<PermittedSensitivePurpose> fromId(String id) {
    return Vocabulary.parse(PermittedSensitivePurpose.class, id);
  }

  /**
   * Whether consumers hold the right to limit, so that the business must offer it (a "Limit" link
   * and two methods, 7027(b); CC 1798.135(a)(2)). Not when no sensitive personal information is
   * collected; not when every stated use is a 7027(m) purpose (7014(h)). When the business states
   * no uses, it cannot show that they stay within 7027(m), so the right applies.
   *
   * @param uses the ids of what sensitive personal information is used for: 7027(m) ids, or any
   *     other purpose (which goes beyond them); null when the business states none
   */
  public static boolean rightToLimitApplies(boolean collected, Collection<String> uses) {
    if (!collected) {
      return false;
    }
    if (uses == null || uses.isEmpty()) {
      return true;
    }
    return uses.stream().anyMatch(use -> fromId(use).isEmpty());
  }
}
