package org.gazette.extract;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.gazette.extract.KnownName.Kind;
import org.gazette.model.EntityType;
import org.gazette.model.GeoPlace;

/**
 * The names the {@link Gazetteer} knows, in a few arrays instead of a million objects: keys in
 * {@link KeyTable}s, the known names under them in columns (type, kind, country, prior, flags,
 * canonical name), made into {@link KnownName} objects the first time a key is looked up.
 *
 * <p>{@link GazetteerLoader} builds the tables from the gazetteer's sources (the tab-separated
 * tables and the lexicon, about a second of CPU and 60 MB of objects that the collector copies
 * while they load); {@code ./gazette compile-gazetteer} writes them to {@link #RESOURCE}, which the
 * extractor reads in a tenth of that. The file carries the {@linkplain GazetteerLoader#fingerprint
 * fingerprint} of the sources it was compiled from, so that a gazetteer whose sources changed since
 * is built from them instead (see {@link #write} for the format).
 *
 * <p>NOTE: immutable once built and safe to share between threads; the known names made on look-up
 * are published through an {@link AtomicReferenceArray}.
 */
final class GazetteerTables {
  /** The compiled tables' resource name beside the sources. */
  static final String RESOURCE = "gazetteer.bin.gz";

  static final int MAGIC = 0x475a5431; // "GZT1"

  private static final KnownName[] NONE = new KnownName[0];
  private static final int AMBIGUOUS = 1;
  private static final int CAPS_ONLY = 2;

  private final long fingerprint;
  private final KeyTable names;
  private final int[] nameStarts;
  private final KeyTable looseNames;
  private final int[] looseStarts;
  private final byte[] types;
  private final byte[] kinds;
  private final short[] countryOf;
  private final double[] priors;
  private final byte[] flags;
  private final int[] canonicalOf;
  private final KeyTable canonicals;
  private final String[] countries;
  private final KeyTable firstNames;
  private final int[] firstNameCounts;
  private final KeyTable commonWords;
  private final int[] commonWordCounts;
  private final KeyTable wordsInNames;
  private final int[] wordBits;
  private final KeyTable places;
  private final long[] placeIds;
  private final short[] placeCountries;
  private final double[] latitudes;
  private final double[] longitudes;
  private final Map<String, String> companyShortNames;
  private final Map<String, KnownName> usStates;
  private final int maxTokens;
  private final AtomicReferenceArray<KnownName[]> nameCache;
  private final AtomicReferenceArray<KnownName[]> looseCache;

  private GazetteerTables(Builder b) {
    this.fingerprint = b.fingerprint;
    this.names = b.names;
    this.nameStarts = b.nameStarts;
    this.looseNames = b.looseNames;
    this.looseStarts = b.looseStarts;
    this.types = b.types;
    this.kinds = b.kinds;
    this.countryOf = b.countryOf;
    this.priors = b.priors;
    this.flags = b.flags;
    this.canonicalOf = b.canonicalOf;
    this.canonicals = b.canonicals;
    this.countries = b.countries;
    this.firstNames = b.firstNames;
    this.firstNameCounts = b.firstNameCounts;
    this.commonWords = b.commonWords;
    this.commonWordCounts = b.commonWordCounts;
    this.wordsInNames = b.wordsInNames;
    this.wordBits = b.wordBits;
    this.places = b.places;
    this.placeIds = b.placeIds;
    this.placeCountries = b.placeCountries;
    this.latitudes = b.latitudes;
    this.longitudes = b.longitudes;
    this.companyShortNames = b.companyShortNames;
    this.usStates = b.usStates;
    this.maxTokens = b.maxTokens;
    this.nameCache = new AtomicReferenceArray<>(names.size());
    this.looseCache = new AtomicReferenceArray<>(looseNames.size());
    int entries = types.length;
    if (kinds.length != entries
        || countryOf.length != entries
        || priors.length != entries
        || flags.length != entries
        || canonicalOf.length != entries
        || nameStarts.length != names.size() + 1
        || looseStarts.length != looseNames.size() + 1
        || firstNameCounts.length != firstNames.size()
        || commonWordCounts.length != commonWords.size()
        || wordBits.length != wordsInNames.size()
        || placeIds.length != places.size()
        || placeCountries.length != places.size()
        || latitudes.length != places.size()
        || longitudes.length != places.size()) {
      throw new IllegalArgumentException("the gazetteer's tables differ in length");
    }
  }

  /**
   * The tables of the names {@code known} under each key ({@link org.gazette.model.NameKey}), best
   * first, and the other tables the loader reads. A known name is also found under its key's loose
   * spelling ({@link org.gazette.model.NameKey#loose}) when that differs, after the names of any
   * key that is that spelling itself.
   */
  static GazetteerTables build(
      long fingerprint,
      Map<String, List<KnownName>> known,
      Map<String, Integer> firstNames,
      Map<String, Integer> commonWords,
      Map<String, GeoPlace> places,
      Map<String, String> companyShortNames,
      Map<String, KnownName> usStates) {
    Map<String, List<KnownName>> loose = new HashMap<>(known.size() * 2);
    int longest = 1;
    Map<String, Integer> bits = new HashMap<>(known.size());
    for (Map.Entry<String, List<KnownName>> e : known.entrySet()) {
      String key = e.getKey();
      longest = Math.max(longest, wordCount(key));
      String looseKey = org.gazette.model.NameKey.loose(key);
      if (!looseKey.equals(key)) {
        loose.computeIfAbsent(looseKey, k -> new ArrayList<>()).addAll(e.getValue());
      }
      addWordBits(key, e.getValue(), bits);
    }
    Columns columns = new Columns();
    Builder b = new Builder();
    b.fingerprint = fingerprint;
    Map<String, List<KnownName>> sortedKnown = new TreeMap<>(known);
    b.names = KeyTable.of(sortedKnown.keySet());
    b.nameStarts = columns.addAll(sortedKnown.values());
    Map<String, List<KnownName>> sortedLoose = new TreeMap<>(loose);
    b.looseNames = KeyTable.of(sortedLoose.keySet());
    b.looseStarts = columns.addAll(sortedLoose.values());
    columns.finish(b);
    Map<String, Integer> sortedFirst = new TreeMap<>(firstNames);
    b.firstNames = KeyTable.of(sortedFirst.keySet());
    b.firstNameCounts = ints(sortedFirst.values());
    Map<String, Integer> sortedCommon = new TreeMap<>(commonWords);
    b.commonWords = KeyTable.of(sortedCommon.keySet());
    b.commonWordCounts = ints(sortedCommon.values());
    Map<String, Integer> sortedBits = new TreeMap<>(bits);
    b.wordsInNames = KeyTable.of(sortedBits.keySet());
    b.wordBits = ints(sortedBits.values());
    Map<String, GeoPlace> sortedPlaces = new TreeMap<>(places);
    b.places = KeyTable.of(sortedPlaces.keySet());
    int n = sortedPlaces.size();
    b.placeIds = new long[n];
    b.placeCountries = new short[n];
    b.latitudes = new double[n];
    b.longitudes = new double[n];
    int i = 0;
    for (GeoPlace p : sortedPlaces.values()) {
      b.placeIds[i] = p.geonameId();
      b.placeCountries[i] = columns.country(p.countryCode());
      b.latitudes[i] = p.latitude();
      b.longitudes[i] = p.longitude();
      i++;
    }
    b.countries = columns.countryList();
    b.companyShortNames = new HashMap<>(companyShortNames);
    b.usStates = new HashMap<>(usStates);
    b.maxTokens = Math.min(longest, 10);
    return new GazetteerTables(b);
  }

  private static int wordCount(String key) {
    int words = 1;
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      words++;
    }
    return words;
  }

  /**
   * Notes, per word of a known name of two words or more, where it stands: bit {@code 3 * t + p}
   * for type {@code t} (person, place, organisation) at position {@code p} (first, last, inner).
   */
  private static void addWordBits(String key, List<KnownName> names, Map<String, Integer> out) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return;
    }
    int types = 0;
    for (KnownName k : names) {
      types |= 1 << NerFeatures.typeIndex(k.type());
    }
    for (int i = 0; i < words.length; i++) {
      int position = i == 0 ? 0 : i == words.length - 1 ? 1 : 2;
      int bits = 0;
      for (int t = 0; t < 3; t++) {
        bits |= (types & (1 << t)) != 0 ? 1 << (3 * t + position) : 0;
      }
      out.merge(words[i], bits, (a, c) -> a | c);
    }
  }

  private static int[] ints(java.util.Collection<Integer> values) {
    int[] out = new int[values.size()];
    int i = 0;
    for (int v : values) {
      out[i++] = v;
    }
    return out;
  }

  /** The number of keys of known names. */
  int keyCount() {
    return names.size();
  }

  /** Key number {@code i} of the known names ({@code 0 <= i < keyCount()}). */
  String key(int i) {
    return names.get(i);
  }

  /** The number of first names. */
  int firstNameCount() {
    return firstNames.size();
  }

  /** The number of common words. */
  int commonWordCount() {
    return commonWords.size();
  }

  /** The number of places with coordinates. */
  int placeCount() {
    return places.size();
  }

  /** The fingerprint of the sources these tables were built from. */
  long fingerprint() {
    return fingerprint;
  }

  /** The names known under {@code key}, best first; empty when none. Not to be changed. */
  KnownName[] lookup(String key) {
    KnownName[] known = lookupKnown(key);
    return known == null ? NONE : known;
  }

  /**
   * The names known under {@code key}, or null when it is no key (a key can have no names left: a
   * region of the lexicon takes its name from the place the places table gave it to).
   */
  KnownName[] lookupKnown(String key) {
    int i = names.indexOf(key);
    return i < 0 ? null : known(nameCache, i, nameStarts);
  }

  /** The names known under the loose spelling {@code looseKey} of other keys; empty when none. */
  KnownName[] lookupLooseOnly(String looseKey) {
    int i = looseNames.indexOf(looseKey);
    return i < 0 ? NONE : known(looseCache, i, looseStarts);
  }

  private KnownName[] known(AtomicReferenceArray<KnownName[]> cache, int i, int[] starts) {
    KnownName[] made = cache.getAcquire(i);
    if (made == null) {
      made = new KnownName[starts[i + 1] - starts[i]];
      for (int j = 0; j < made.length; j++) {
        made[j] = entry(starts[i] + j);
      }
      cache.setRelease(i, made);
    }
    return made;
  }

  private KnownName entry(int e) {
    return new KnownName(
        EntityType.values()[types[e]],
        canonicals.get(canonicalOf[e]),
        Kind.values()[kinds[e]],
        countries[countryOf[e]],
        priors[e],
        (flags[e] & AMBIGUOUS) != 0,
        (flags[e] & CAPS_ONLY) != 0);
  }

  /** US births under this first name, else 0. */
  int firstNameCount(String lower) {
    int i = firstNames.indexOf(lower);
    return i < 0 ? 0 : firstNameCounts[i];
  }

  /** How often {@code lower} was seen in lower case, or 0 when it is no common word. */
  int lowerCaseCount(String lower) {
    int i = commonWords.indexOf(lower);
    return i < 0 ? 0 : commonWordCounts[i];
  }

  /** Whether {@code lower} is one of the common words (even one counted 0 times). */
  boolean isCommonWord(String lower) {
    return commonWords.indexOf(lower) >= 0;
  }

  /** Where {@code key} stands in known names of several words (see {@link #build}), else 0. */
  int wordInNames(String key) {
    int i = wordsInNames.indexOf(key);
    return i < 0 ? 0 : wordBits[i];
  }

  /** Where the place of canonical key {@code key} is, or null. */
  GeoPlace place(String key) {
    int i = places.indexOf(key);
    return i < 0
        ? null
        : new GeoPlace(placeIds[i], countries[placeCountries[i]], latitudes[i], longitudes[i]);
  }

  Map<String, String> companyShortNames() {
    return companyShortNames;
  }

  Map<String, KnownName> usStates() {
    return usStates;
  }

  int maxTokens() {
    return maxTokens;
  }

  /**
   * Writes the tables, gzip-compressed: the magic number, the fingerprint, the entity types by
   * name, the kinds by letter, the countries, the canonical names, then each table as its keys
   * (their count, characters and ends) and its columns. Numbers are big-endian; the output is a
   * function of the tables alone, so compiling the same sources twice gives the same bytes.
   */
  void write(OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(MAGIC);
    d.writeLong(fingerprint);
    d.writeInt(EntityType.values().length);
    for (EntityType t : EntityType.values()) {
      writeString(d, t.name());
    }
    d.writeInt(Kind.values().length);
    for (Kind k : Kind.values()) {
      d.writeChar(k.letter());
    }
    d.writeInt(countries.length);
    for (String c : countries) {
      writeString(d, c);
    }
    writeKeys(d, canonicals);
    writeKeys(d, names);
    writeRising(d, nameStarts);
    writeKeys(d, looseNames);
    writeRising(d, looseStarts);
    d.writeInt(types.length);
    d.write(types);
    d.write(kinds);
    for (short c : countryOf) {
      d.writeShort(c);
    }
    // Priors are few distinct values (the loader's scale): each is written as its place in a list.
    double[] distinct = java.util.Arrays.stream(priors).distinct().sorted().toArray();
    if (distinct.length > 256) {
      throw new IllegalArgumentException("more than 256 distinct priors");
    }
    d.writeInt(distinct.length);
    for (double p : distinct) {
      d.writeDouble(p);
    }
    for (double p : priors) {
      d.writeByte(java.util.Arrays.binarySearch(distinct, p));
    }
    d.write(flags);
    writeInts(d, canonicalOf);
    writeKeys(d, firstNames);
    writeInts(d, firstNameCounts);
    writeKeys(d, commonWords);
    writeInts(d, commonWordCounts);
    writeKeys(d, wordsInNames);
    writeInts(d, wordBits);
    writeKeys(d, places);
    for (int i = 0; i < placeIds.length; i++) {
      d.writeLong(placeIds[i]);
      d.writeShort(placeCountries[i]);
      d.writeDouble(latitudes[i]);
      d.writeDouble(longitudes[i]);
    }
    d.writeInt(companyShortNames.size());
    for (Map.Entry<String, String> e : new TreeMap<>(companyShortNames).entrySet()) {
      writeString(d, e.getKey());
      writeString(d, e.getValue());
    }
    d.writeInt(usStates.size());
    for (Map.Entry<String, KnownName> e : new TreeMap<>(usStates).entrySet()) {
      KnownName k = e.getValue();
      writeString(d, e.getKey());
      d.writeByte(k.type().ordinal());
      writeString(d, k.canonical());
      d.writeByte(k.kind().ordinal());
      writeString(d, k.country());
      d.writeDouble(k.prior());
      d.writeByte((k.ambiguous() ? AMBIGUOUS : 0) | (k.capsOnly() ? CAPS_ONLY : 0));
    }
    d.writeInt(maxTokens);
    d.flush();
    try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      bytes.writeTo(gz);
    }
  }

  /**
   * Writes keys as their characters in UTF-8 and their lengths in characters (keys whose characters
   * UTF-8 cannot carry, lone halves of a surrogate pair, are refused).
   */
  private static void writeKeys(DataOutputStream d, KeyTable keys) throws IOException {
    String all = new String(keys.chars());
    byte[] utf8 = all.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!new String(utf8, java.nio.charset.StandardCharsets.UTF_8).equals(all)) {
      throw new IllegalArgumentException("a key holds half of a surrogate pair");
    }
    d.writeInt(utf8.length);
    d.write(utf8);
    int[] ends = keys.ends();
    int[] lengths = new int[ends.length];
    for (int i = 0; i < ends.length; i++) {
      lengths[i] = ends[i] - (i == 0 ? 0 : ends[i - 1]);
    }
    writeInts(d, lengths);
  }

  /** Writes non-negative numbers, each in 7-bit groups (most are small: counts, lengths). */
  private static void writeInts(DataOutputStream d, int[] values) throws IOException {
    d.writeInt(values.length);
    for (int v : values) {
      if (v < 0) {
        throw new IllegalArgumentException("negative number in the gazetteer's tables: " + v);
      }
      while ((v & ~0x7F) != 0) {
        d.writeByte((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      d.writeByte(v);
    }
  }

  /** Writes numbers that never decrease as their differences ({@link #writeInts}). */
  private static void writeRising(DataOutputStream d, int[] values) throws IOException {
    int[] steps = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      steps[i] = values[i] - (i == 0 ? 0 : values[i - 1]);
    }
    writeInts(d, steps);
  }

  /**
   * Reads tables written by {@link #write}.
   *
   * @throws IOException when the file is of another format, ends early or does not hold together
   */
  static GazetteerTables read(InputStream in) throws IOException {
    ByteBuffer data;
    try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
      data = ByteBuffer.wrap(gz.readAllBytes());
    }
    try {
      return decode(data);
    } catch (BufferUnderflowException
        | IndexOutOfBoundsException
        | IllegalArgumentException
        | NegativeArraySizeException e) {
      throw new IOException("corrupt compiled gazetteer: " + e.getMessage(), e);
    }
  }

  private static GazetteerTables decode(ByteBuffer d) throws IOException {
    if (d.getInt() != MAGIC) {
      throw new IOException("not a compiled Gazette gazetteer (or one of an older format)");
    }
    Builder b = new Builder();
    b.fingerprint = d.getLong();
    // Types and kinds are written by name and letter, so that the file means the same whatever
    // order the enums declare them in.
    byte[] typeOf = new byte[d.getInt()];
    for (int i = 0; i < typeOf.length; i++) {
      typeOf[i] = (byte) EntityType.valueOf(readString(d)).ordinal();
    }
    byte[] kindOf = new byte[d.getInt()];
    for (int i = 0; i < kindOf.length; i++) {
      kindOf[i] = (byte) Kind.of(d.getChar()).ordinal();
    }
    b.countries = new String[d.getInt()];
    for (int i = 0; i < b.countries.length; i++) {
      b.countries[i] = readString(d);
    }
    b.canonicals = readKeys(d);
    b.names = readKeys(d);
    b.nameStarts = readRising(d);
    b.looseNames = readKeys(d);
    b.looseStarts = readRising(d);
    int entries = d.getInt();
    b.types = new byte[entries];
    d.get(b.types);
    for (int i = 0; i < entries; i++) {
      b.types[i] = typeOf[b.types[i]];
    }
    b.kinds = new byte[entries];
    d.get(b.kinds);
    for (int i = 0; i < entries; i++) {
      b.kinds[i] = kindOf[b.kinds[i]];
    }
    b.countryOf = new short[entries];
    d.asShortBuffer().get(b.countryOf);
    d.position(d.position() + 2 * entries);
    double[] distinct = new double[d.getInt()];
    for (int i = 0; i < distinct.length; i++) {
      distinct[i] = d.getDouble();
    }
    b.priors = new double[entries];
    for (int i = 0; i < entries; i++) {
      b.priors[i] = distinct[d.get() & 0xFF];
    }
    b.flags = new byte[entries];
    d.get(b.flags);
    b.canonicalOf = readInts(d);
    b.firstNames = readKeys(d);
    b.firstNameCounts = readInts(d);
    b.commonWords = readKeys(d);
    b.commonWordCounts = readInts(d);
    b.wordsInNames = readKeys(d);
    b.wordBits = readInts(d);
    b.places = readKeys(d);
    int n = b.places.size();
    b.placeIds = new long[n];
    b.placeCountries = new short[n];
    b.latitudes = new double[n];
    b.longitudes = new double[n];
    for (int i = 0; i < n; i++) {
      b.placeIds[i] = d.getLong();
      b.placeCountries[i] = d.getShort();
      b.latitudes[i] = d.getDouble();
      b.longitudes[i] = d.getDouble();
    }
    int companies = d.getInt();
    b.companyShortNames = new HashMap<>(companies * 2);
    for (int i = 0; i < companies; i++) {
      b.companyShortNames.put(readString(d), readString(d));
    }
    int states = d.getInt();
    b.usStates = new HashMap<>(states * 2);
    for (int i = 0; i < states; i++) {
      String key = readString(d);
      EntityType type = EntityType.values()[typeOf[d.get()]];
      String canonical = readString(d);
      Kind kind = Kind.values()[kindOf[d.get()]];
      String country = readString(d);
      double prior = d.getDouble();
      int f = d.get();
      b.usStates.put(
          key,
          new KnownName(
              type, canonical, kind, country, prior, (f & AMBIGUOUS) != 0, (f & CAPS_ONLY) != 0));
    }
    b.maxTokens = d.getInt();
    if (d.hasRemaining()) {
      throw new IOException("corrupt compiled gazetteer: " + d.remaining() + " bytes left over");
    }
    for (int i = 0; i < entries; i++) {
      if (b.canonicalOf[i] < 0
          || b.canonicalOf[i] >= b.canonicals.size()
          || b.countryOf[i] < 0
          || b.countryOf[i] >= b.countries.length) {
        throw new IOException("corrupt compiled gazetteer: entry " + i + " points outside");
      }
    }
    checkStarts(b.nameStarts, entries);
    checkStarts(b.looseStarts, entries);
    for (short c : b.placeCountries) {
      if (c < 0 || c >= b.countries.length) {
        throw new IOException("corrupt compiled gazetteer: a place's country points outside");
      }
    }
    return new GazetteerTables(b);
  }

  private static void checkStarts(int[] starts, int entries) throws IOException {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < 0 || starts[i] > entries || i > 0 && starts[i] < starts[i - 1]) {
        throw new IOException("corrupt compiled gazetteer: names of key " + i + " out of order");
      }
    }
  }

  private static KeyTable readKeys(ByteBuffer d) {
    int length = d.getInt();
    String all =
        new String(
            d.array(),
            d.arrayOffset() + d.position(),
            length,
            java.nio.charset.StandardCharsets.UTF_8);
    d.position(d.position() + length);
    int[] ends = readRising(d);
    return new KeyTable(all.toCharArray(), ends);
  }

  private static int[] readInts(ByteBuffer d) {
    int[] values = new int[d.getInt()];
    for (int i = 0; i < values.length; i++) {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = d.get();
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
        if (shift > 21) {
          throw new IllegalArgumentException("a number of more than 32 bits");
        }
      }
      values[i] = v;
    }
    return values;
  }

  private static int[] readRising(ByteBuffer d) {
    int[] values = readInts(d);
    for (int i = 1; i < values.length; i++) {
      values[i] += values[i - 1];
    }
    return values;
  }

  private static void writeString(DataOutputStream d, String s) throws IOException {
    d.writeInt(s.length());
    d.writeChars(s);
  }

  private static String readString(ByteBuffer d) {
    char[] chars = new char[d.getInt()];
    d.asCharBuffer().get(chars);
    d.position(d.position() + 2 * chars.length);
    return new String(chars);
  }

  /** The columns of known names as they are added, with their countries and canonical names. */
  private static final class Columns {
    private final List<KnownName> all = new ArrayList<>();
    private final Map<String, Integer> countries = new LinkedHashMap<>();
    private final Map<String, Integer> canonicals = new LinkedHashMap<>();

    /** Adds the lists in order; returns where each starts, and the end of the last. */
    int[] addAll(java.util.Collection<List<KnownName>> lists) {
      int[] starts = new int[lists.size() + 1];
      int i = 0;
      for (List<KnownName> list : lists) {
        starts[i++] = all.size();
        all.addAll(list);
      }
      starts[i] = all.size();
      return starts;
    }

    short country(String code) {
      int i = countries.computeIfAbsent(code, c -> countries.size());
      if (i > Short.MAX_VALUE) {
        throw new IllegalArgumentException("more than " + Short.MAX_VALUE + " country codes");
      }
      return (short) i;
    }

    String[] countryList() {
      return countries.keySet().toArray(new String[0]);
    }

    void finish(Builder b) {
      int n = all.size();
      b.types = new byte[n];
      b.kinds = new byte[n];
      b.countryOf = new short[n];
      b.priors = new double[n];
      b.flags = new byte[n];
      b.canonicalOf = new int[n];
      for (int i = 0; i < n; i++) {
        KnownName k = all.get(i);
        b.types[i] = (byte) k.type().ordinal();
        b.kinds[i] = (byte) k.kind().ordinal();
        b.countryOf[i] = country(k.country());
        b.priors[i] = k.prior();
        b.flags[i] = (byte) ((k.ambiguous() ? AMBIGUOUS : 0) | (k.capsOnly() ? CAPS_ONLY : 0));
        b.canonicalOf[i] = canonicals.computeIfAbsent(k.canonical(), c -> canonicals.size());
      }
      b.canonicals = KeyTable.of(canonicals.keySet());
    }
  }

  /** The fields of the tables while they are read or built. */
  private static final class Builder {
    long fingerprint;
    KeyTable names;
    int[] nameStarts;
    KeyTable looseNames;
    int[] looseStarts;
    byte[] types;
    byte[] kinds;
    short[] countryOf;
    double[] priors;
    byte[] flags;
    int[] canonicalOf;
    KeyTable canonicals;
    String[] countries;
    KeyTable firstNames;
    int[] firstNameCounts;
    KeyTable commonWords;
    int[] commonWordCounts;
    KeyTable wordsInNames;
    int[] wordBits;
    KeyTable places;
    long[] placeIds;
    short[] placeCountries;
    double[] latitudes;
    double[] longitudes;
    Map<String, String> companyShortNames;
    Map<String, KnownName> usStates;
    int maxTokens;
  }
}
