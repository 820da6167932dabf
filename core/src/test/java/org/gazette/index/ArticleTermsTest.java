package org.gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.CurationRule;
import org.gazette.model.DatePrecision;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.Facet;
import org.gazette.model.IndexedArticle;
import org.gazette.model.Mention;
import org.gazette.model.MentionedDate;
import org.junit.jupiter.api.Test;

/**
 * What an article is indexed as, whatever the store (issue 17): the same curated values, terms,
 * aliases and periods reach the embedded index and the SolrCloud store.
 */
class ArticleTermsTest {
  private static final Mention AT = new Mention(ArticleField.BODY, 0, 4);

  @Test
  void valuesAreCuratedAndFoundByEveryNameAndPeriodsAreKeptOnce() {
    EntityNames names = EntityNames.plain();
    names.curation(
        names
            .curation()
            .with(new CurationRule(EntityType.PLACE, "Arbil", "Erbil", null, List.of(), false)));
    IndexedArticle article =
        new IndexedArticle(
            new Article(
                "a1",
                "Talks",
                "Rudaw",
                null,
                LocalDate.of(-43, 1, 1),
                List.of(),
                "Arbil talks in March 2024.",
                null),
            new Extraction(
                List.of(
                    new Entity(EntityType.PLACE, "Arbil", List.of("Hawler"), List.of(AT)),
                    new Entity(EntityType.PERSON, "Masrour Barzani", List.of(), List.of(AT))),
                List.of(
                    new MentionedDate(LocalDate.of(2024, 3, 1), DatePrecision.MONTH, false, AT),
                    new MentionedDate(LocalDate.of(2024, 3, 1), DatePrecision.MONTH, false, AT),
                    new MentionedDate(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, false, AT))));

    ArticleTerms terms = new DocumentMapper(new IndexSchema(), names).terms(article, "h1");

    assertThat(terms.publishedDay()).as("a published date outside the supported years").isNull();
    assertThat(terms.valueKeys())
        .isEqualTo(
            Map.of(
                Facet.SOURCE, Set.of("rudaw"),
                Facet.PLACE, Set.of("erbil"),
                Facet.PERSON, Set.of(EntityKeys.of("Masrour Barzani"))));
    assertThat(terms.keywords().get(IndexFields.extractedKeys(Facet.PLACE)))
        .containsExactly("arbil");
    assertThat(terms.keywords()).doesNotContainKey(IndexFields.forms(Facet.PLACE));
    assertThat(terms.keywords().get(IndexFields.aliasKeys(Facet.PLACE)))
        .containsExactly("arbil\u001ferbil", "hawler\u001ferbil");
    assertThat(terms.aliases())
        .containsExactly(
            new ArticleTerms.Alias(EntityType.PLACE, "erbil", "Hawler"),
            new ArticleTerms.Alias(EntityType.PLACE, "erbil", "Arbil"));
    assertThat(terms.mentionedPeriods())
        .extracting(p -> LocalDate.ofEpochDay(p[0]) + "/" + LocalDate.ofEpochDay(p[1]))
        .containsExactly("2024-03-01/2024-03-31", "2024-01-01/2024-12-31");
    assertThat(terms.mentionedYears()).containsExactly(2024L);
    assertThat(terms.mentionedMonths()).containsExactly(2024L * 12 + 2);
    assertThat(terms.contentHash()).isEqualTo("h1");
  }
}
