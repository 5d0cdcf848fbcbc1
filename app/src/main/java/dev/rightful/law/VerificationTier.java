package dev.rightful.law;

import java.util.Optional;

/**
 * How sure the business must be of a requester's identity (7062). {@code REASONABLE} means two
 * matching data points; {@code REASONABLY_HIGH} three plus a signed declaration.
 */
public enum VerificationTier implements Vocabulary {
  NONE("none", 0),
  REASONABLE("reasonable", 2), // 7062(b)
  REASONABLY_HIGH("reasonably-high", 3); // 7062(c)

  private final String id;
  private final int dataPoints;

  VerificationTier(String id, int dataPoints) {
    this.id = id;
    this.dataPoints = dataPoints;
  }

  @Override
  public String id() {
    return id;
  }

  public int dataPoints() {
    return dataPoints;
  }

  /**
   * Whether matching {@code dataPoints} reliable data points, with or without a signed declaration
   * under penalty of perjury, meets this tier (7062(b)-(c); rules 10-11).
   */
  public boolean isMetBy(int dataPoints, boolean signedDeclaration) {
    return switch (this) {
      case NONE -> true;
      case REASONABLE -> dataPoints >= 2;
      case REASONABLY_HIGH -> dataPoints >= 3 && signedDeclaration;
    };
  }

  /** The default tier for deleting or correcting data of a category (7062(d)). */
  public static VerificationTier defaultFor(Category category) {
    return category == Category.L || category == Category.E ? REASONABLY_HIGH : REASONABLE;
  }

  public static Optional<VerificationTier> fromId(String id) {
    return Vocabulary.parse(VerificationTier.class, id);
  }
}
