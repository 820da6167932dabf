package org.gazette.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.GeoPlace;
import org.gazette.model.MentionedDate;
import org.gazette.model.NameKey;

/**
 * The default extractor: rules over a compact gazetteer, no model and no network.
 *
 * <p>It finds capitalised candidate names, types them by what the gazetteer knows (places,
 * organisations, news outlets, first names), by their structure (titles, head nouns, place words)
 * and by their context (roles, reporting verbs, appositions, prepositions); then decides one type
 * per name for the whole article, joins acronyms, surnames and aliases to one canonical name per
 * entity, and adds the article's source (an organisation) and authors (people). Dates come from
 * {@link DateExtractor}.
 *
 * <p>NOTE: instances are immutable and thread-safe; share one. Work is linear in the length of the
 * text, which is processed in blocks of bounded size.
 */
public final class RuleBasedEntityExtractor implements EntityExtractor {
  private final Gazetteer gazetteer;
  private final Tokenizer tokenizer;
  private final ChunkFinder chunkFinder;
  private final SpanTyper typer;
  private final DateExtractor dates = new DateExtractor();
  private final NerModel model;

  private RuleBasedEntityExtractor(Gazetteer gazetteer, NerModel model) {
    this.gazetteer = gazetteer;
    this.model = model;
    Cues cues = gazetteer.cues();
    this.tokenizer = new Tokenizer(cues.abbreviations(), cues.particles(), gazetteer::isCommonWord);
    this.chunkFinder = new ChunkFinder(gazetteer);
    this.typer = new SpanTyper(gazetteer);
  }

  /**
   * The extractor over the gazetteer committed with Gazetteer (the resources of this package). The
   * resources are read on the first call only, in well under two seconds; later calls return the
   * same immutable instance.
   *
   * @throws UncheckedIOException when the resources are missing from the class path
   */
  public static RuleBasedEntityExtractor withDefaultResources() {
    return DefaultInstance.INSTANCE;
  }

  /** Holds the default instance, built on first use (class initialisation is thread-safe). */
  private static final class DefaultInstance {
    static final RuleBasedEntityExtractor INSTANCE = load();

    private static RuleBasedEntityExtractor load() {
      try {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        NerModel model;
        try (var in = Gazetteer.resource(NerModel.RESOURCE)) {
          model = NerModel.read(in, gazetteer);
        }
        return new RuleBasedEntityExtractor(gazetteer, model);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the default gazetteer: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public Extraction extract(Article article) {
    Set<String> lowerWords = new HashSet<>();
    collectLowerWords(article.title(), lowerWords);
    collectLowerWords(article.body(), lowerWords);
    List<Found> found = new ArrayList<>();
    List<FieldScan.Definition> definitions = new ArrayList<>();
    scan(ArticleField.TITLE, article.title(), lowerWords, found, definitions);
    scan(ArticleField.BODY, article.body(), lowerWords, found, definitions);
    List<Entity> entities = new MentionResolver(gazetteer).resolve(found, definitions, article);
    List<MentionedDate> mentioned = dates.extract(article);
    if (entities.isEmpty() && mentioned.isEmpty()) {
      return Extraction.EMPTY;
    }
    return new Extraction(entities, mentioned);
  }

  private void scan(
      ArticleField field,
      String text,
      Set<String> lowerWords,
      List<Found> found,
      List<FieldScan.Definition> definitions) {
    for (List<Token> tokens : tokenBlocks(text)) {
      NerModel.Tagging tagging = model == null ? null : model.tag(tokens);
      FieldScan scan = new FieldScan(tokens, text, field, lowerWords, found, definitions, tagging);
      for (ChunkFinder.Chunk chunk : chunkFinder.chunks(tokens)) {
        typer.analyse(scan, chunk.from(), chunk.to());
      }
    }
  }

  /** The same extractor without its name tagger: the rules alone, for comparison. */
  public RuleBasedEntityExtractor withoutTagger() {
    return new RuleBasedEntityExtractor(gazetteer, null);
  }

  /**
   * The canonical names the gazetteer gives to {@code alias} for {@code type}: countries, regions,
   * well-known organisations and outlets by any of their listed names, places by their GeoNames
   * alternate names. Names that are also common words are left out ("IS", "Chad" are not
   * rewritten).
   */
  @Override
  public List<String> canonicalNames(EntityType type, String alias) {
    String key = NameKey.of(alias);
    List<String> out = new ArrayList<>();
    for (KnownName k : gazetteer.lookup(key)) {
      if (k.type() == type
          && !k.ambiguous()
          && !NameKey.of(k.canonical()).equals(key)
          && !out.contains(k.canonical())
          && out.size() < 3) {
        out.add(k.canonical());
      }
    }
    return out;
  }

  /** The GeoNames id, country and point of a place value the gazetteer resolves. */
  @Override
  public Optional<GeoPlace> place(String name) {
    return gazetteer.place(name);
  }

  /** The tokens of each block of {@code text}, as {@link #extract} cuts them. */
  List<List<Token>> tokenBlocks(String text) {
    List<List<Token>> out = new ArrayList<>();
    for (int[] block : TextBlocks.of(text)) {
      out.add(chunkFinder.splitHyphenated(tokenizer.tokenize(text, block[0], block[1])));
    }
    return out;
  }

  /** Adds the words {@code text} writes in lower case, which are no names there. */
  private void collectLowerWords(String text, Set<String> into) {
    for (int[] block : TextBlocks.of(text)) {
      for (Token t : tokenizer.tokenize(text, block[0], block[1])) {
        if (t.isWord()
            && !t.isCap()
            && !t.is(Token.CASE_UNRELIABLE)
            && Character.isLetter(t.text().charAt(0))) {
          into.add(t.text().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
