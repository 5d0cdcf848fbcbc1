package dev.rightful.discovery.classify;

import java.util.Optional;

/** Coordinates in sampled values, and the area each pins a consumer to. */
final class Coordinates {
  private static final double METERS_PER_DEGREE = 111_320;

  private Coordinates() {}

  static boolean latitude(Optional<Names.Hit> hit) {
    return hit.map(h -> h.entry().phrase().get(0).startsWith("lat")).orElse(false);
  }

  /**
   * The area a coordinate value pins a consumer to, in m² (index 0), or null when the value is no
   * coordinate. A lone number counts only in a column named for coordinates; "lat,long" always. The
   * area is the cell its decimal places leave: 111,320 m per degree north-south, times the cosine
   * of the latitude east-west (a longitude alone is taken at the equator, the larger cell).
   */
  static double[] geo(String v, boolean named, boolean latitudeColumn) {
    String[] pair = ValueRules.latLong(v);
    if (pair != null) {
      double lat = Double.parseDouble(pair[0]);
      double lon = Double.parseDouble(pair[1]);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return null;
      }
      int decimals = Math.min(ValueRules.decimals(pair[0]), ValueRules.decimals(pair[1]));
      return new double[] {cell(decimals, lat)};
    }
    if (!named || ValueRules.coordinate(v) == null) {
      return null;
    }
    double x = Double.parseDouble(v);
    if (Math.abs(x) > (latitudeColumn ? 90 : 180)) {
      return null;
    }
    return new double[] {cell(ValueRules.decimals(v), latitudeColumn ? x : 0)};
  }

  private static double cell(int decimals, double latitude) {
    double side = METERS_PER_DEGREE / Math.pow(10, decimals);
    return side * side * Math.cos(Math.toRadians(latitude));
  }
}
