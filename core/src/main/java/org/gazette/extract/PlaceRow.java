package org.gazette.extract;

import java.util.List;
import org.gazette.model.NameKey;

/**
 * One place of the compact gazetteer, as stored in {@code places.tsv.gz}.
 *
 * @param geonameid the GeoNames id
 * @param kind {@code C} country, {@code A} first-level region, {@code P} populated place
 * @param country the ISO 3166 alpha-2 code of the country it lies in
 * @param feature the GeoNames feature code ({@code PPLC}, {@code PPLA}...); {@code PCL} for
 *     countries and {@code ADM1} for regions
 * @param population inhabitants, 0 when unknown
 * @param lat latitude in degrees, 4 decimals, empty when the source gives none
 * @param lon longitude in degrees, 4 decimals, empty when the source gives none
 * @param name the canonical display name (Latin script)
 * @param aliases other Latin-script names, one per distinct {@link NameKey}, sorted
 */
record PlaceRow(
    long geonameid,
    char kind,
    String country,
    String feature,
    long population,
    String lat,
    String lon,
    String name,
    List<String> aliases) {
  PlaceRow {
    aliases = List.copyOf(aliases);
  }

  /** The row as the fields of one TSV line. */
  String[] fields() {
    return new String[] {
      Long.toString(geonameid),
      String.valueOf(kind),
      country,
      feature,
      Long.toString(population),
      lat,
      lon,
      name,
      String.join("|", aliases)
    };
  }

  /** The row of one TSV line, as written by {@link #fields()}. */
  static PlaceRow parse(String[] f) {
    if (f.length != 9) {
      throw new IllegalArgumentException(
          "a places row needs 9 tab-separated fields, got "
              + f.length
              + ": "
              + String.join(" ", f));
    }
    return new PlaceRow(
        Long.parseLong(f[0]),
        f[1].charAt(0),
        f[2],
        f[3],
        Long.parseLong(f[4]),
        f[5],
        f[6],
        f[7],
        f[8].isEmpty() ? List.of() : List.of(f[8].split("\\|")));
  }
}
