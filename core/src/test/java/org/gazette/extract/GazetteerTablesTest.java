package org.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gazette.model.NameKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled gazetteer ({@link GazetteerTables#RESOURCE}): that the committed file is compiled
 * from the committed sources as they are, that it reads back what was written, and that the
 * extractor builds the gazetteer from the sources when they changed since.
 */
class GazetteerTablesTest {
  /** The gazetteer built from the committed sources, as {@code compile-gazetteer} does. */
  private static Gazetteer fromSources;

  @BeforeAll
  static void buildFromSources() throws IOException {
    fromSources = new GazetteerLoader(Gazetteer::resource).load();
  }

  private static byte[] written(GazetteerTables tables) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tables.write(out);
    return out.toByteArray();
  }

  private static byte[] inflated(byte[] gzip) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }

  @Test
  void theCommittedTablesAreCompiledFromTheSourcesAsTheyAre() throws IOException {
    byte[] committed;
    try (InputStream in = Gazetteer.resource(GazetteerTables.RESOURCE)) {
      committed = in.readAllBytes();
    }
    String rerun =
        "the compiled gazetteer is older than its sources or the loader: run ./gazette"
            + " compile-gazetteer and commit "
            + GazetteerTables.RESOURCE;
    assertThat(GazetteerTables.read(new ByteArrayInputStream(committed)).fingerprint())
        .as(rerun)
        .isEqualTo(GazetteerLoader.fingerprint(Gazetteer::resource));
    // Compared inflated: another JDK's deflater may pack the same bytes differently.
    assertThat(Arrays.equals(inflated(committed), inflated(written(fromSources.tables()))))
        .as(rerun)
        .isTrue();
  }

  @Test
  void readingGivesBackEveryNameThatWasWritten() throws IOException {
    GazetteerTables built = fromSources.tables();
    byte[] bytes = written(built);
    GazetteerTables read = GazetteerTables.read(new ByteArrayInputStream(bytes));
    assertThat(Arrays.equals(inflated(written(read)), inflated(bytes))).isTrue();
    assertThat(read.keyCount()).isEqualTo(built.keyCount()).isGreaterThan(100_000);
    for (int i = 0; i < built.keyCount(); i++) {
      String key = built.key(i);
      assertThat(read.lookup(key)).as(key).containsExactly(built.lookup(key));
      assertThat(read.lookupLooseOnly(NameKey.loose(key)))
          .as(key)
          .containsExactly(built.lookupLooseOnly(NameKey.loose(key)));
      assertThat(read.wordInNames(key)).as(key).isEqualTo(built.wordInNames(key));
      assertThat(read.place(key)).as(key).isEqualTo(built.place(key));
    }
    for (String word : new String[] {"john", "mary", "the", "report", "baghdad", "xqzv"}) {
      assertThat(read.firstNameCount(word)).as(word).isEqualTo(built.firstNameCount(word));
      assertThat(read.lowerCaseCount(word)).as(word).isEqualTo(built.lowerCaseCount(word));
      assertThat(read.isCommonWord(word)).as(word).isEqualTo(built.isCommonWord(word));
    }
    assertThat(read.firstNameCount("john")).isGreaterThan(1000);
    assertThat(read.place("baghdad")).isNotNull();
    assertThat(read.companyShortNames()).isEqualTo(built.companyShortNames()).isNotEmpty();
    assertThat(read.usStates()).isEqualTo(built.usStates()).containsKey("fla");
    assertThat(read.maxTokens()).isEqualTo(built.maxTokens());
  }

  @Test
  void aFileCutShortOrOfAnotherKindIsRefused() throws IOException {
    byte[] bytes = inflated(written(fromSources.tables()));
    byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> GazetteerTables.read(new ByteArrayInputStream(gzip(cut))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupt compiled gazetteer");
    byte[] other = "not a gazetteer at all".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GazetteerTables.read(new ByteArrayInputStream(gzip(other))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a compiled Gazette gazetteer");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** The committed resources, counting how often each is opened, with the lexicon replaceable. */
  private static final class CountingResources implements GazetteerLoader.Resources {
    final Map<String, Integer> opened = new HashMap<>();
    String lexiconTail = "";

    @Override
    public InputStream open(String name) throws IOException {
      opened.merge(name, 1, Integer::sum);
      if (name.equals(GazetteerLoader.LEXICON) && !lexiconTail.isEmpty()) {
        try (InputStream in = Gazetteer.resource(name)) {
          byte[] lexicon = in.readAllBytes();
          byte[] tail = lexiconTail.getBytes(StandardCharsets.UTF_8);
          byte[] both = Arrays.copyOf(lexicon, lexicon.length + tail.length);
          System.arraycopy(tail, 0, both, lexicon.length, tail.length);
          return new ByteArrayInputStream(both);
        }
      }
      return Gazetteer.resource(name);
    }
  }

  @Test
  void theCompiledTablesServeWhileTheSourcesAreUnchanged() throws IOException {
    CountingResources resources = new CountingResources();
    Gazetteer loaded = GazetteerLoader.loadCompiled(resources);
    // Read once for the fingerprint, never parsed: the names come from the compiled file.
    assertThat(resources.opened.get(GazetteerLoader.PLACES)).isEqualTo(1);
    assertThat(resources.opened.get(GazetteerTables.RESOURCE)).isEqualTo(1);
    assertThat(loaded.lookup("erbil")).containsExactly(fromSources.lookup("erbil"));
  }

  @Test
  void aChangedSourceIsReadInsteadOfTheOlderCompiledTables() throws IOException {
    CountingResources resources = new CountingResources();
    resources.lexiconTail = "\n[organizations]\nQuorvane Assembly\n";
    assertThat(fromSources.lookup("quorvane assembly")).isEmpty();
    Gazetteer loaded = GazetteerLoader.loadCompiled(resources);
    assertThat(loaded.lookup("quorvane assembly"))
        .extracting(KnownName::canonical)
        .containsExactly("Quorvane Assembly");
    assertThat(resources.opened.get(GazetteerLoader.PLACES)).isEqualTo(2);
  }
}
