package dev.rightful.datamap;

/**
 * A business or commercial purpose for collecting, using or disclosing personal information (CC
 * 1798.110(a)(3)). {@code listedAsUse} is false for purposes that only describe a disclosure.
 */
public record Purpose(String id, String description, boolean listedAsUse, Location location) {}
