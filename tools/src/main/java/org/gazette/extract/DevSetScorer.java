package org.gazette.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gazette.model.EntityType;

/**
 * Scores document-level entity extraction against gold entities: a port of the project's scorer,
 * {@code ../shared/eval/score_entities.py}, giving the same counts and printing the same table, so
 * that a run in process (the trainer, {@code eval-devset}) reads like a run of the script.
 *
 * <p>Per type and document, a predicted value is a <em>hit</em> when its normalised form is a key
 * of a gold entity of that type not matched before, a <em>duplicate</em> when that entity was
 * matched already, a <em>wrong type</em> when it is a key of an entity of another type, and
 * <em>spurious</em> otherwise. An entity's keys are its name and aliases, normalised, widened by
 * the groups of names that stand for one another ("U.S." and "United States"); entities that share
 * a key are one (required if either is). Precision is hits over predicted values; recall is
 * required entities hit over required entities.
 *
 * <p>NOTE: years are not scored (the development set's gold has none). Stateless and thread-safe.
 */
public final class DevSetScorer {
  /** The script's order of types in the table. */
  static final List<EntityType> TYPES =
      List.of(EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON);

  /** Names that stand for one another in any document (the script's {@code _EQUIVALENT}). */
  private static final List<Set<String>> EQUIVALENT =
      List.of(
          Set.of(
              "united states", "united states of america", "us", "u s", "usa", "u s a", "america"),
          Set.of("united kingdom", "uk", "u k", "britain", "great britain"),
          Set.of("united nations", "un", "u n"),
          Set.of("european union", "eu", "e u"),
          Set.of("soviet union", "ussr"),
          Set.of("united arab emirates", "uae"));

  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018\u02bc\u02bb`\u00b4]");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(al|the) ");

  /** One gold entity: its name, other spellings, and whether missing it costs recall. */
  public record GoldEntity(String name, List<String> aliases, boolean required) {
    public GoldEntity {
      aliases = List.copyOf(aliases);
    }
  }

  /** The gold entities of one document, by type; {@code file} is the name predictions give. */
  public record GoldDocument(String file, Map<EntityType, List<GoldEntity>> entities) {
    public GoldDocument {
      Map<EntityType, List<GoldEntity>> copy = new EnumMap<>(EntityType.class);
      entities.forEach((type, list) -> copy.put(type, List.copyOf(list)));
      entities = Collections.unmodifiableMap(copy);
    }

    /** The entities of one type; empty when there are none. */
    public List<GoldEntity> of(EntityType type) {
      return entities.getOrDefault(type, List.of());
    }
  }

  /** The counts of one type, or of all. */
  public record Counts(
      int predicted,
      int hit,
      int duplicate,
      int wrongType,
      int spurious,
      int required,
      int requiredHit) {
    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

    /** The sum of both. */
    public Counts plus(Counts o) {
      return new Counts(
          predicted + o.predicted,
          hit + o.hit,
          duplicate + o.duplicate,
          wrongType + o.wrongType,
          spurious + o.spurious,
          required + o.required,
          requiredHit + o.requiredHit);
    }

    /** Hits over predicted values; 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0.0 : (double) hit / predicted;
    }

    /** Required entities hit over required entities; 0 when none is required. */
    public double recall() {
      return required == 0 ? 0.0 : (double) requiredHit / required;
    }

    /** The harmonic mean of precision and recall, computed as the script does. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /** The counts per type of one scoring run. */
  public record Score(Map<EntityType, Counts> byType) {
    public Score {
      Map<EntityType, Counts> copy = new EnumMap<>(EntityType.class);
      copy.putAll(byType);
      byType = Collections.unmodifiableMap(copy);
    }

    /** The counts of all types together (micro-average). */
    public Counts overall() {
      Counts sum = Counts.ZERO;
      for (EntityType t : TYPES) {
        sum = sum.plus(byType.getOrDefault(t, Counts.ZERO));
      }
      return sum;
    }

    /** The sum of two scores, type by type. */
    public Score plus(Score o) {
      Map<EntityType, Counts> sum = new EnumMap<>(EntityType.class);
      for (EntityType t : TYPES) {
        sum.put(t, byType.getOrDefault(t, Counts.ZERO).plus(o.byType.getOrDefault(t, Counts.ZERO)));
      }
      return new Score(sum);
    }

    /** The table the script prints: a header, one line per type, one overall, no years. */
    public String table() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%-13s %6s %6s %6s  pred  hit  dup wrong spurious  required\n",
              "type",
              "P",
              "R",
              "F1"));
      for (EntityType t : TYPES) {
        out.append(row(t.key(), byType.getOrDefault(t, Counts.ZERO)));
      }
      out.append(row("overall", overall()));
      return out.toString();
    }

    /** The script's last line, {@code overall F1 0.606}. */
    public String overallLine() {
      return "overall F1 " + f1Text();
    }

    /**
     * The overall F1 as the script's last line prints it: rounded to 4 places (for its JSON
     * report), then printed with 3, which may differ from the 3 places of the table.
     */
    public String f1Text() {
      double f4 = new BigDecimal(overall().f1()).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
      return fixed(f4, 3);
    }

    private static String row(String name, Counts c) {
      return String.format(
          Locale.ROOT,
          "%-13s %6s %6s %6s %5d %4d %4d %5d %8d  %d/%d\n",
          name,
          fixed(c.precision(), 3),
          fixed(c.recall(), 3),
          fixed(c.f1(), 3),
          c.predicted(),
          c.hit(),
          c.duplicate(),
          c.wrongType(),
          c.spurious(),
          c.requiredHit(),
          c.required());
    }
  }

  private DevSetScorer() {}

  /**
   * Scores the predicted names of each document against the gold. A gold document without
   * predictions counts as one where nothing was found; predictions for files not in the gold are
   * ignored.
   *
   * @param predicted by {@link GoldDocument#file()}, the names found per type
   */
  public static Score score(
      List<GoldDocument> gold, Map<String, Map<EntityType, List<String>>> predicted) {
    Map<EntityType, int[]> stats = new EnumMap<>(EntityType.class);
    TYPES.forEach(t -> stats.put(t, new int[7]));
    for (GoldDocument doc : gold) {
      Map<EntityType, List<String>> p = predicted.getOrDefault(doc.file(), Map.of());
      for (EntityType t : TYPES) {
        scoreType(doc, t, p.getOrDefault(t, List.of()), stats.get(t));
      }
    }
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    stats.forEach((t, s) -> byType.put(t, new Counts(s[0], s[1], s[2], s[3], s[4], s[5], s[6])));
    return new Score(byType);
  }

  /** One document and type: adds pred, hit, dup, wrong type, spurious, required, required hit. */
  private static void scoreType(GoldDocument doc, EntityType t, List<String> values, int[] s) {
    List<Set<String>> keys = new ArrayList<>();
    List<Boolean> required = new ArrayList<>();
    merge(doc.of(t), keys, required);
    Set<String> others = new HashSet<>();
    for (EntityType o : TYPES) {
      if (o != t) {
        doc.of(o).forEach(e -> others.addAll(keysOf(e)));
      }
    }
    Set<Integer> matched = new HashSet<>();
    for (String v : values) {
      String k = normalise(v);
      s[0]++;
      int owner = -1;
      for (int i = 0; i < keys.size() && owner < 0; i++) {
        owner = keys.get(i).contains(k) ? i : -1;
      }
      if (owner < 0) {
        s[others.contains(k) ? 3 : 4]++;
      } else if (!matched.add(owner)) {
        s[2]++;
      } else {
        s[1]++;
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      if (required.get(i)) {
        s[5]++;
        s[6] += matched.contains(i) ? 1 : 0;
      }
    }
  }

  /** The script's {@code merged}: entities that share a key become one, required if either is. */
  private static void merge(List<GoldEntity> entities, List<Set<String>> keys, List<Boolean> req) {
    for (GoldEntity e : entities) {
      Set<String> own = keysOf(e);
      Set<String> union = new HashSet<>(own);
      boolean required = e.required();
      for (int i = keys.size() - 1; i >= 0; i--) {
        if (!Collections.disjoint(keys.get(i), own)) {
          union.addAll(keys.remove(i));
          required |= req.remove(i);
        }
      }
      keys.add(union);
      req.add(required);
    }
  }

  /** The normalised name and aliases of an entity, with the names equivalent to any of them. */
  static Set<String> keysOf(GoldEntity e) {
    Set<String> keys = new HashSet<>();
    keys.add(normalise(e.name()));
    e.aliases().forEach(a -> keys.add(normalise(a)));
    for (Set<String> group : EQUIVALENT) {
      if (!Collections.disjoint(keys, group)) {
        keys.addAll(group);
      }
    }
    return keys;
  }

  /**
   * The script's normalisation: compatibility decomposition without combining marks, lower case, no
   * apostrophes, runs of other non-word characters as one space, no leading "al " or "the ".
   */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(kept::appendCodePoint);
    s = kept.toString().toLowerCase(Locale.ROOT);
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    return LEADING_ARTICLE.matcher(s).replaceFirst("");
  }

  /** {@code value} with {@code places} decimals as Python's format prints it (exact, half even). */
  static String fixed(double value, int places) {
    return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }
}
