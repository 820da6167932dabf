package org.gazette.model;

/**
 * Where a place value is: its GeoNames id, country and a point to pin it on a map (for a country or
 * region, a representative point such as its capital or seat).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case
 */
public record GeoPlace(long geonameId, String countryCode, double latitude, double longitude) {
  public GeoPlace {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "coordinates out of range: latitude=" + latitude + " longitude=" + longitude);
    }
  }
}
