package dev.rightful.consent;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * A use of personal information a consumer may refuse: its sale (CC 1798.120), its sharing for
 * cross-context behavioral advertising (CC 1798.120, 1798.140(ah)), or the use of sensitive
 * personal information beyond what the consumer asked for (CC 1798.121).
 */
public enum ConsentPurpose implements Vocabulary {
  SALE("sale", "Sale of personal information"),
  SHARE("share", "Sharing for cross-context behavioral advertising"),
  SENSITIVE("sensitive", "Use of sensitive personal information");

  private final String id;
  private final String label;

  ConsentPurpose(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Whether an opt-out of this purpose must be passed on to recipients (7026(f)(2)-(3)). */
  public boolean soldOrShared() {
    return this != SENSITIVE;
  }

  public static Optional<ConsentPurpose> fromId(String id) {
    return Vocabulary.parse(ConsentPurpose.class, id);
  }
}
