package org.gazette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.extract.EntityExtractor;
import org.gazette.model.Article;
import org.gazette.model.ArticleField;
import org.gazette.model.Entity;
import org.gazette.model.EntityType;
import org.gazette.model.Extraction;
import org.gazette.model.GeoPlace;
import org.gazette.model.Mention;

/**
 * A fake extractor for tests of naming and curation: the body marks its entities as {@code [person
 * Name]}, so each test says exactly which names an article has.
 */
final class MarkupExtractor implements EntityExtractor {
  private static final Pattern MARK =
      Pattern.compile("\\[(person|place|organization) ([^\\]]+)\\]");

  private final Map<String, List<String>> known;
  private final Map<String, GeoPlace> places;

  MarkupExtractor(Map<String, List<String>> known, Map<String, GeoPlace> places) {
    this.known = known;
    this.places = places;
  }

  MarkupExtractor() {
    this(Map.of(), Map.of());
  }

  @Override
  public Extraction extract(Article article) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    Matcher m = MARK.matcher(article.body());
    while (m.find()) {
      EntityType type = EntityType.fromKey(m.group(1));
      String name = m.group(2);
      Entity before = entities.get(type + name);
      List<Mention> mentions = new ArrayList<>(before == null ? List.of() : before.mentions());
      mentions.add(new Mention(ArticleField.BODY, m.start(2), m.end(2)));
      entities.put(type + name, new Entity(type, name, List.of(), mentions));
    }
    return new Extraction(new ArrayList<>(entities.values()), List.of());
  }

  @Override
  public List<String> canonicalNames(EntityType type, String alias) {
    List<String> names = new ArrayList<>();
    known.forEach(
        (canonical, aliases) -> {
          if (aliases.stream().anyMatch(a -> a.equalsIgnoreCase(alias.strip()))) {
            names.add(canonical);
          }
        });
    return names;
  }

  @Override
  public Optional<GeoPlace> place(String name) {
    return Optional.ofNullable(places.get(name));
  }
}
