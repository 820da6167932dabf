package org.gazette.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gazette.model.EntityNetwork;
import org.gazette.model.EntityType;
import org.gazette.model.ExportedArticle;

/**
 * The formats of an export, written to a {@link Writer} as the articles come: JSON lines and CSV
 * (RFC 4180) for articles, GEXF 1.3 and GraphML for the co-occurrence network of their entities.
 * Used by {@code GET /api/v1/export} and {@code ./gazette export}.
 *
 * <p>NOTE: stateless; each method writes one record or document.
 */
public final class ExportFormats {
  /** The export formats, by the name a request gives. */
  public enum Format {
    JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
    CSV("text/csv; charset=utf-8", "csv"),
    GEXF("application/gexf+xml; charset=utf-8", "gexf"),
    GRAPHML("application/graphml+xml; charset=utf-8", "graphml");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }

    /** Whether the format is a network of entities rather than a list of articles. */
    public boolean isNetwork() {
      return this == GEXF || this == GRAPHML;
    }

    /** The format of a name ({@code csv}); empty for an unknown name. */
    public static java.util.Optional<Format> of(String name) {
      for (Format f : values()) {
        if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
          return java.util.Optional.of(f);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** The names of the formats, for messages: {@code jsonl, csv, gexf, graphml}. */
  public static final String NAMES = "jsonl, csv, gexf, graphml";

  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private ExportFormats() {}

  /** One article as a JSON object on a line of its own. */
  public static void jsonLine(Writer out, ExportedArticle a) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("id", a.id());
    o.addProperty("title", a.title());
    o.addProperty("source", a.source());
    o.addProperty("published", a.published() == null ? null : a.published().toString());
    o.addProperty("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
    o.addProperty("url", a.url());
    JsonArray authors = new JsonArray();
    a.authors().forEach(authors::add);
    o.add("authors", authors);
    JsonObject entities = new JsonObject();
    for (EntityType type : EntityType.values()) {
      JsonArray values = new JsonArray();
      a.entities().getOrDefault(type, List.of()).forEach(values::add);
      entities.add(type.key(), values);
    }
    o.add("entities", entities);
    if (a.body() != null) {
      o.addProperty("body", a.body());
    }
    out.write(GSON.toJson(o));
    out.write('\n');
  }

  /** The CSV header line; {@code body}: whether the rows hold bodies. */
  public static void csvHeader(Writer out, boolean body) throws IOException {
    out.write(
        "id,title,source,published,published_at,url,authors,organizations,places,persons"
            + (body ? ",body" : "")
            + "\r\n");
  }

  /**
   * One article as a CSV record (RFC 4180: CRLF line ends, fields with a comma, quote or line break
   * in double quotes, quotes doubled); a list field joins its values with "; ".
   */
  public static void csvRow(Writer out, ExportedArticle a, boolean body) throws IOException {
    StringBuilder row = new StringBuilder();
    field(row, a.id());
    field(row, a.title());
    field(row, a.source());
    field(row, a.published() == null ? "" : a.published().toString());
    field(row, a.publishedAt() == null ? "" : a.publishedAt().toString());
    field(row, a.url());
    field(row, String.join("; ", a.authors()));
    field(row, String.join("; ", a.entities().getOrDefault(EntityType.ORGANIZATION, List.of())));
    field(row, String.join("; ", a.entities().getOrDefault(EntityType.PLACE, List.of())));
    field(row, String.join("; ", a.entities().getOrDefault(EntityType.PERSON, List.of())));
    if (body) {
      field(row, a.body());
    }
    row.setLength(row.length() - 1);
    row.append("\r\n");
    out.write(row.toString());
  }

  private static void field(StringBuilder row, String value) {
    String v = value == null ? "" : value;
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      row.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else {
      row.append(v);
    }
    row.append(',');
  }

  /** The network as a GEXF 1.3 document: undirected, node attributes type and articles. */
  public static void gexf(Writer out, EntityNetwork network, LocalDate today) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    out.write("  <meta lastmodifieddate=\"" + today + "\">\n");
    out.write("    <creator>Gazette</creator>\n");
    out.write(
        "    <description>Entities named together in "
            + network.articles()
            + " articles; edge weight: articles naming both</description>\n");
    out.write("  </meta>\n");
    out.write("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
    out.write("    <attributes class=\"node\" mode=\"static\">\n");
    out.write("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
    out.write("      <attribute id=\"articles\" title=\"articles\" type=\"long\"/>\n");
    out.write("    </attributes>\n");
    out.write("    <nodes count=\"" + network.nodes().size() + "\">\n");
    for (int i = 0; i < network.nodes().size(); i++) {
      EntityNetwork.Node n = network.nodes().get(i);
      out.write("      <node id=\"n" + i + "\" label=\"" + xml(n.value()) + "\">\n");
      out.write("        <attvalues>\n");
      out.write("          <attvalue for=\"type\" value=\"" + n.type().key() + "\"/>\n");
      out.write("          <attvalue for=\"articles\" value=\"" + n.articles() + "\"/>\n");
      out.write("        </attvalues>\n");
      out.write("      </node>\n");
    }
    out.write("    </nodes>\n");
    out.write("    <edges count=\"" + network.edges().size() + "\">\n");
    for (int i = 0; i < network.edges().size(); i++) {
      EntityNetwork.Edge e = network.edges().get(i);
      out.write(
          "      <edge id=\"e"
              + i
              + "\" source=\"n"
              + e.source()
              + "\" target=\"n"
              + e.target()
              + "\" weight=\""
              + e.articles()
              + "\"/>\n");
    }
    out.write("    </edges>\n");
    out.write("  </graph>\n");
    out.write("</gexf>\n");
  }

  /** The network as a GraphML document: undirected, node keys type and articles, edge weight. */
  public static void graphml(Writer out, EntityNetwork network) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    out.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    out.write("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
    out.write("  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n");
    out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n");
    out.write("  <graph id=\"entities\" edgedefault=\"undirected\">\n");
    for (int i = 0; i < network.nodes().size(); i++) {
      EntityNetwork.Node n = network.nodes().get(i);
      out.write("    <node id=\"n" + i + "\">\n");
      out.write("      <data key=\"label\">" + xml(n.value()) + "</data>\n");
      out.write("      <data key=\"type\">" + n.type().key() + "</data>\n");
      out.write("      <data key=\"articles\">" + n.articles() + "</data>\n");
      out.write("    </node>\n");
    }
    for (int i = 0; i < network.edges().size(); i++) {
      EntityNetwork.Edge e = network.edges().get(i);
      out.write(
          "    <edge id=\"e"
              + i
              + "\" source=\"n"
              + e.source()
              + "\" target=\"n"
              + e.target()
              + "\"><data key=\"weight\">"
              + e.articles()
              + "</data></edge>\n");
    }
    out.write("  </graph>\n");
    out.write("</graphml>\n");
  }

  /** Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped. */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              b.append(c);
            }
          }
        }
      }
    }
    return b.toString();
  }
}
