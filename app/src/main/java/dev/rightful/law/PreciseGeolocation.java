package dev.rightful.law;

/**
 * When a location is precise geolocation, sensitive personal information: data that locates a
 * consumer within an area equal to or less than that of a circle with a radius of 1,850 feet (CC
 * 1798.140(w)). Pure.
 */
public final class PreciseGeolocation {
  // CC 1798.140(w): a circle with a radius of 1,850 feet
  public static final double RADIUS_FEET = 1_850;
  private static final double METERS_PER_FOOT = 0.3048;

  /** The circle's area in square meters, 998,903 m². */
  public static final double AREA_SQUARE_METERS =
      Math.PI * Math.pow(RADIUS_FEET * METERS_PER_FOOT, 2);

  private PreciseGeolocation() {}

  /** Whether a location known to within {@code areaSquareMeters} is precise geolocation. */
  public static boolean isPrecise(double areaSquareMeters) {
    return areaSquareMeters <= AREA_SQUARE_METERS;
  }
}
