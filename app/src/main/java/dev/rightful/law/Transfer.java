package dev.rightful.law;

import java.util.Optional;

/**
 * Whether a disclosure is a sale (CC 1798.140(ad)), a share for cross-context behavioral
 * advertising (CC 1798.140(ah)), both, or neither (a disclosure for a business purpose).
 */
public enum Transfer implements Vocabulary {
  NONE("none"),
  SALE("sale"),
  SHARE("share"),
  SALE_AND_SHARE("sale-and-share");

  private final String id;

  Transfer(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public boolean soldOrShared() {
    return this != NONE;
  }

  public static Optional<Transfer> fromId(String id) {
    return Vocabulary.parse(Transfer.class, id);
  }
}
