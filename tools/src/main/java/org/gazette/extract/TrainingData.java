package org.gazette.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gazette.model.Article;
import org.gazette.model.EntityType;

/**
 * The training data of the name tagger: the documents of {@link NerCorpus} cut into sentences as
 * the extractor sees them (its tokens, the rules' marks, what the document does with each word),
 * with per token the ids of its features ({@link FeatureIds}) and its gold BILOU tag; and for the
 * second stage, the features of what the first stage tagged across each document ({@link
 * #withHistory}).
 *
 * @param train the sentences of the training documents
 * @param dev the sentences of the held-out development documents
 * @param keys the feature keys by id
 */
record TrainingData(List<Sentence> train, List<Sentence> dev, long[] keys) {
  /** Features seen in fewer training tokens than this carry too little to learn from. */
  static final int MIN_COUNT = 1;

  /**
   * One sentence: per token the ids of its features and of its rule features ({@link RuleMarks}),
   * its gold tags, its tokens, and the number of its document.
   */
  record Sentence(int[][] features, int[][] rules, int[] gold, List<Token> tokens, int doc) {
    /** The same sentence with more feature ids per token. */
    Sentence plus(int[][] more) {
      int[][] f = new int[features.length][];
      for (int i = 0; i < f.length; i++) {
        f[i] = java.util.Arrays.copyOf(features[i], features[i].length + more[i].length);
        System.arraycopy(more[i], 0, f[i], features[i].length, more[i].length);
      }
      return new Sentence(f, rules, gold, tokens, doc);
    }
  }

  /** Cuts every document into sentences with features and gold tags; keeps frequent features. */
  static TrainingData prepare(List<NerCorpus.Document> docs, Consumer<String> progress)
      throws IOException {
    RuleBasedEntityExtractor rules = new RuleBasedEntityExtractor(Gazetteer.loadDefault(), null);
    NerFeatures features = new NerFeatures(rules.gazetteer());
    FeatureIds ids = new FeatureIds();
    List<List<RawSentence>> raw = new ArrayList<>();
    for (NerCorpus.Document d : docs) {
      List<RawSentence> sentences = sentences(rules, features, d);
      raw.add(sentences);
      if (!d.isDev()) {
        for (RawSentence s : sentences) {
          for (int i = 0; i < s.gold().length; i++) {
            ids.count(s.keys()[i]);
            ids.count(s.rules()[i]);
          }
        }
      }
    }
    long[] keys = ids.freeze(MIN_COUNT);
    List<Sentence> train = new ArrayList<>();
    List<Sentence> dev = new ArrayList<>();
    int tokens = 0;
    for (int k = 0; k < raw.size(); k++) {
      boolean isDev = docs.get(k).isDev();
      for (RawSentence s : raw.get(k)) {
        int n = s.gold().length;
        int[][] f = new int[n][];
        int[][] r = new int[n][];
        for (int i = 0; i < n; i++) {
          f[i] = ids.ids(s.keys()[i]);
          r[i] = ids.ids(s.rules()[i]);
        }
        (isDev ? dev : train).add(new Sentence(f, r, s.gold(), s.tokens(), k));
        tokens += isDev ? 0 : n;
      }
    }
    progress.accept(
        String.format(
            "training on %d sentences (%d tokens, %d features seen %d times or more), checking"
                + " on %d held-out sentences",
            train.size(), tokens, keys.length, MIN_COUNT, dev.size()));
    return new TrainingData(train, dev, keys);
  }

  /** One sentence before its features are numbered: per token its keys and its rule keys. */
  record RawSentence(long[][] keys, long[][] rules, int[] gold, List<Token> tokens) {}

  /**
   * The sentences of one document as the extractor sees it (the whole text as the body of an
   * article), with per token its feature keys and its gold tag from the document's spans.
   */
  static List<RawSentence> sentences(
      RuleBasedEntityExtractor rules, NerFeatures features, NerCorpus.Document d) {
    Article article = new Article(d.id(), "", null, null, null, List.of(), d.text());
    RuleBasedEntityExtractor.Document doc = rules.read(article);
    List<Found> found = new ArrayList<>();
    List<FieldScan.Definition> definitions = new ArrayList<>();
    List<RawSentence> out = new ArrayList<>();
    for (RuleBasedEntityExtractor.Block block : doc.blocks) {
      List<Token> tokens = block.tokens(rules);
      FieldScan scan =
          new FieldScan(tokens, block.text, block.field, doc.lowerWords, found, definitions);
      long[][] marks = rules.ruleMarks(scan);
      NerFeatures.Word[] words = new NerFeatures.Word[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = features.word(tokens.get(i).text());
      }
      NerFeatures.Block b = features.block(tokens, words, doc.words, marks);
      int[] gold = goldTags(tokens, d.spans());
      int start = 0;
      for (int i = 1; i <= tokens.size(); i++) {
        if (i == tokens.size() || tokens.get(i).is(Token.SENTENCE_START)) {
          long[][] keys = new long[i - start][];
          long[][] ruleKeys = new long[i - start][];
          for (int k = start; k < i; k++) {
            keys[k - start] = tokenKeys(b, k);
            int token = k;
            ruleKeys[k - start] = collect(sink -> TokenFeatures.addRules(b, token, sink));
          }
          out.add(
              new RawSentence(
                  keys,
                  ruleKeys,
                  java.util.Arrays.copyOfRange(gold, start, i),
                  List.copyOf(tokens.subList(start, i))));
          start = i;
        }
      }
    }
    return out;
  }

  /** Every feature key of token {@code i} but the rules': its word and token features. */
  static long[] tokenKeys(NerFeatures.Block b, int i) {
    return collect(
        sink -> {
          for (int o = -NerFeatures.WINDOW; o <= NerFeatures.WINDOW; o++) {
            WordFeatures.add(b.word(i + o), o, sink);
          }
          TokenFeatures.add(b, i, sink);
        });
  }

  private static long[] collect(Consumer<NerFeatures.Sink> features) {
    long[] buffer = new long[128];
    int[] n = {0};
    features.accept(
        f -> {
          if (n[0] < buffer.length) {
            buffer[n[0]++] = f;
          }
        });
    return java.util.Arrays.copyOf(buffer, n[0]);
  }

  /**
   * The BILOU tags of {@code tokens} from character spans: a name's tokens are the words and
   * numbers that overlap it, with the punctuation between them.
   */
  static int[] goldTags(List<Token> tokens, List<NerCorpus.Span> spans) {
    int[] gold = new int[tokens.size()];
    int k = 0;
    for (NerCorpus.Span s : spans) {
      while (k < tokens.size() && tokens.get(k).end() <= s.start()) {
        k++;
      }
      int a = -1;
      int b = -1;
      for (int i = k; i < tokens.size() && tokens.get(i).start() < s.end(); i++) {
        Token t = tokens.get(i);
        if (t.isWord() || t.is(Token.NUMBER)) {
          a = a < 0 ? i : a;
          b = i + 1;
        }
      }
      if (a < 0 || gold[a] != 0 || gold[b - 1] != 0) {
        continue; // nothing of it, or overlapping a name already tagged
      }
      EntityType type = s.type();
      for (int i = a; i < b; i++) {
        int position =
            b - a == 1 ? NerModel.U : i == a ? NerModel.B : i == b - 1 ? NerModel.L : NerModel.I;
        gold[i] = NerModel.tag(type, position);
      }
    }
    return gold;
  }

  /**
   * The sentences with the second stage's features: per document, what the first stage's tags
   * ({@code tagged}) say of each word and name ({@link DocumentTags#codes}). New keys get ids after
   * {@code base} when {@code grow}; unknown ones are left out otherwise.
   */
  static List<Sentence> withHistory(
      List<Sentence> sentences,
      Map<Sentence, int[]> tagged,
      Map<Long, Integer> ids,
      int base,
      boolean grow) {
    Map<Integer, DocumentTags> byDoc = new HashMap<>();
    for (Sentence s : sentences) {
      byDoc
          .computeIfAbsent(s.doc(), d -> new DocumentTags())
          .add(s.tokens(), tagged.get(s), 0, s.tokens().size());
    }
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      DocumentTags doc = byDoc.get(s.doc());
      int[] tags = tagged.get(s);
      int[][] more = new int[tags.length][];
      for (int i = 0; i < tags.length; i++) {
        long[] codes = doc.codes(s.tokens(), tags, i);
        int[] f = new int[codes.length];
        int n = 0;
        for (long code : codes) {
          long key = FeatureKeys.key(70, code);
          Integer id = ids.get(key);
          if (id == null && grow) {
            id = base + ids.size();
            ids.put(key, id);
          }
          if (id != null) {
            f[n++] = id;
          }
        }
        more[i] = java.util.Arrays.copyOf(f, n);
      }
      out.add(s.plus(more));
    }
    return out;
  }
}
