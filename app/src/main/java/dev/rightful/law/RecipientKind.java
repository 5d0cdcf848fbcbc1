package dev.rightful.law;

import java.util.Optional;

/** Who receives personal information, in the CCPA's terms (CC 1798.140(ag), (j), (ai)). */
public enum RecipientKind implements Vocabulary {
  SERVICE_PROVIDER("service-provider"),
  CONTRACTOR("contractor"),
  THIRD_PARTY("third-party");

  private final String id;

  RecipientKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<RecipientKind> fromId(String id) {
    return Vocabulary.parse(RecipientKind.class, id);
  }
}
