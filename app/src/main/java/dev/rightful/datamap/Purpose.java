package dev.rightful.datamap;

/**
 * A business or commercial purpose for collecting, using or disclosing personal information (CC
 * 1798.110(a)(3)). {@code listedAsUse} is false for purposes that only describe a disclosure;
 * {@code directMarketing} marks a recipient's own direct marketing, which a customer may ask about
 * under CC 1798.83.
 */
public record Purpose(
    String id,
    String description,
    boolean listedAsUse,
    boolean directMarketing,
    Location location) {

  /** A purpose that is not a recipient's own direct marketing. */
  public Purpose(String id, String description, boolean listedAsUse, Location location) {
    this(id, description, listedAsUse, false, location);
  }
}
