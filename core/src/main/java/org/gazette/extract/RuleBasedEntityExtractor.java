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
 * The default extractor: a trained name tagger that reads the evidence of hand-written rules and a
 * compact gazetteer. It needs no network; the tagger's model is a resource in the jar.
 *
 * <p>In order: the rules find capitalised candidate names and type them by what the gazetteer knows
 * (places, organisations, news outlets, first names), by their structure (titles, head nouns, place
 * words) and by their context (roles, reporting verbs, appositions, prepositions) ({@code
 * SpanTyper} and the classes it calls). The name tagger ({@code NameTagger} over {@code NerModel})
 * then tags each word with a BILOU tag, decoded per sentence exactly (Viterbi), from features of
 * the words, their context, the gazetteer, the rest of the document and the rules' evidence; it
 * tags a document twice, the second stage seeing what the first made of each word across it. Where
 * the rules are certain they constrain the result ({@code TaggedMentions}): a well-known name of
 * the lexicon keeps its type, and is taken where the tagger found nothing, as are strong
 * organisation patterns and acronyms the document defines. The gazetteer places and names what it
 * knows; {@code MentionResolver} decides one type per name for the whole article, joins acronyms,
 * surnames and aliases to one canonical name per entity, and adds the article's source (an
 * organisation) and authors (people). Dates come from {@link DateExtractor}.
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
  private final NameTagger tagger;
  private final TaggedMentions mentions;

  RuleBasedEntityExtractor(Gazetteer gazetteer, NerModel model) {
    this.gazetteer = gazetteer;
    this.tagger = model == null ? null : new NameTagger(new NerFeatures(gazetteer), model);
    Cues cues = gazetteer.cues();
    this.tokenizer =
        new Tokenizer(
            cues.abbreviations(), cues.particles(), gazetteer::isCommonWord, cues::isProseCapital);
    this.chunkFinder = new ChunkFinder(gazetteer);
    this.typer = new SpanTyper(gazetteer);
    this.mentions = new TaggedMentions(gazetteer, typer.scorer());
  }

  /**
   * The extractor over the gazetteer and the name tagger's model committed in the resources of this
   * package. The resources are read on the first call only, in a few seconds; later calls return
   * the same immutable instance.
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
      // The model is read on a thread of its own while the gazetteer loads: both take a second or
      // two, and a short command waits for them. (Not by a method of this class: the other thread
      // would wait for this class's initialisation, which waits for it.)
      java.util.concurrent.CompletableFuture<NerModel> model =
          java.util.concurrent.CompletableFuture.supplyAsync(NerModelFile::readDefault);
      try {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        return new RuleBasedEntityExtractor(gazetteer, model.join());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the default gazetteer: " + e.getMessage(), e);
      } catch (java.util.concurrent.CompletionException e) {
        Throwable cause = e.getCause();
        throw cause instanceof UncheckedIOException u
            ? u
            : new UncheckedIOException(new IOException(cause));
      }
    }
  }

  @Override
  public Extraction extract(Article article) {
    Document doc = read(article);
    List<Found> ruleFound = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    List<FieldScan.Definition> definitions = new ArrayList<>();
    boolean twoStages = tagger != null && tagger.hasSecondStage() && doc.tokensKept;
    List<Tagged> firstPass = new ArrayList<>();
    DocumentTags documentTags = new DocumentTags();
    for (Block block : doc.blocks) {
      List<Token> tokens = block.tokens(this);
      FieldScan scan =
          new FieldScan(tokens, block.text, block.field, doc.lowerWords, ruleFound, definitions);
      int before = ruleFound.size();
      long[][] marks = ruleMarks(scan);
      if (tagger == null) {
        continue;
      }
      List<Found> rules = List.copyOf(ruleFound.subList(before, ruleFound.size()));
      NerFeatures.Block features = tagger.block(tokens, doc.words, marks);
      NameTagger.Tagging first = tagger.first(features);
      if (twoStages) {
        documentTags.add(tokens, first.tags(), 0, tokens.size());
        firstPass.add(new Tagged(scan, features, first.tags(), rules));
      } else {
        mentions.add(scan, first, rules, found);
      }
    }
    for (Tagged t : firstPass) {
      long[][] history = new long[t.tags.length][];
      for (int i = 0; i < history.length; i++) {
        history[i] = documentTags.codes(t.scan.tokens(), t.tags, i);
      }
      mentions.add(t.scan, tagger.last(t.features, history), t.rules, found);
    }
    List<Entity> entities =
        new MentionResolver(gazetteer)
            .resolve(tagger == null ? ruleFound : found, definitions, article);
    List<MentionedDate> mentioned = dates.extract(article);
    if (entities.isEmpty() && mentioned.isEmpty()) {
      return Extraction.EMPTY;
    }
    return new Extraction(entities, mentioned);
  }

  /** A block after the first stage: its scan, its features and the first stage's tags. */
  private record Tagged(
      FieldScan scan, NerFeatures.Block features, int[] tags, List<Found> rules) {}

  /**
   * Runs the rules over the tokens of one scan, adding what they find to its {@code found} list,
   * and returns it as evidence for the tagger ({@link RuleMarks}).
   */
  long[][] ruleMarks(FieldScan scan) {
    int before = scan.found().size();
    for (ChunkFinder.Chunk chunk : chunkFinder.chunks(scan.tokens())) {
      typer.analyse(scan, chunk.from(), chunk.to());
    }
    return RuleMarks.of(scan.tokens(), scan.found(), before, scan.found().size());
  }

  /**
   * The blocks of an article, with what its words do across the whole document. Tokens are kept for
   * articles up to {@link #KEEP_TOKENS} characters; longer ones are cut into tokens again block by
   * block, so that memory stays bounded.
   */
  Document read(Article article) {
    boolean keep = article.title().length() + article.body().length() <= KEEP_TOKENS;
    Document doc = new Document(DocumentWords.collect(gazetteer), keep);
    addBlocks(doc, ArticleField.TITLE, article.title(), keep);
    addBlocks(doc, ArticleField.BODY, article.body(), keep);
    return doc;
  }

  /** Articles longer than this are cut into tokens twice instead of holding all their tokens. */
  static final int KEEP_TOKENS = 1 << 20;

  private void addBlocks(Document doc, ArticleField field, String text, boolean keep) {
    for (int[] range : TextBlocks.of(text)) {
      List<Token> tokens = tokens(text, range);
      collectLowerWords(tokens, doc.lowerWords);
      doc.words.add(tokens);
      doc.blocks.add(new Block(field, text, range, keep ? tokens : null));
    }
  }

  private List<Token> tokens(String text, int[] range) {
    return chunkFinder.splitHyphenated(tokenizer.tokenize(text, range[0], range[1]));
  }

  /** The blocks of one article and what it does with its words. */
  static final class Document {
    final List<Block> blocks = new ArrayList<>();
    final Set<String> lowerWords = new HashSet<>();
    final DocumentWords words;
    final boolean tokensKept;

    Document(DocumentWords words, boolean tokensKept) {
      this.words = words;
      this.tokensKept = tokensKept;
    }
  }

  /** One block of a field: its range, and its tokens when they were kept. */
  static final class Block {
    final ArticleField field;
    final String text;
    final int[] range;
    private final List<Token> tokens;

    Block(ArticleField field, String text, int[] range, List<Token> tokens) {
      this.field = field;
      this.text = text;
      this.range = range;
      this.tokens = tokens;
    }

    List<Token> tokens(RuleBasedEntityExtractor extractor) {
      return tokens != null ? tokens : extractor.tokens(text, range);
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
    for (int[] range : TextBlocks.of(text)) {
      out.add(tokens(text, range));
    }
    return out;
  }

  /** Adds the words {@code tokens} write in lower case, which are no names there. */
  private static void collectLowerWords(List<Token> tokens, Set<String> into) {
    for (Token t : tokens) {
      if (t.isWord()
          && !t.isCap()
          && !t.is(Token.CASE_UNRELIABLE)
          && Character.isLetter(t.text().charAt(0))) {
        into.add(t.text().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
