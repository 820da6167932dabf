package org.gazette.ingest.web;

/** Small news articles in HTML for tests, with what they say about themselves in JSON-LD. */
final class TestArticles {
  private TestArticles() {}

  static final String HARBOUR_TITLE = "Harbour crane returns to work after winter repairs";

  static final String HARBOUR_FIRST =
      "The old harbour crane at Pier Four lifted its first container on Monday morning, after"
          + " a winter of repairs that cost the port authority more than it had planned.";

  static final String HARBOUR_SECOND =
      "Engineers replaced the gearbox, rewired the cabin and painted the jib, a job the"
          + " harbour master said should keep the crane working for another twenty years.";

  static final String LIBRARY_TITLE = "Town library extends its opening hours for students";

  static final String LIBRARY_FIRST =
      "From next month the town library will stay open until ten in the evening on weekdays,"
          + " so that students preparing for their exams have a quiet place to work.";

  static final String LIBRARY_SECOND =
      "The council agreed to pay for two more librarians, and volunteers from the reading"
          + " club have offered to help with the Saturday afternoon sessions as well.";

  /** The harbour story of the Coast Courier, by Maria Lind, published 2025-03-01 09:30 +01:00. */
  static String harbour() {
    return article(
        HARBOUR_TITLE,
        "Coast Courier",
        "Maria Lind",
        "2025-03-01T09:30:00+01:00",
        HARBOUR_FIRST,
        HARBOUR_SECOND);
  }

  /** The library story of the Valley Times, by Tom Reed, published 2025-03-02 18:00 Z. */
  static String library() {
    return article(
        LIBRARY_TITLE,
        "Valley Times",
        "Tom Reed",
        "2025-03-02T18:00:00Z",
        LIBRARY_FIRST,
        LIBRARY_SECOND);
  }

  static String article(
      String title, String site, String author, String published, String... paragraphs) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    html.append("<title>").append(title).append(" | ").append(site).append("</title>\n");
    html.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
        .append("\"@type\":\"NewsArticle\",\"headline\":\"")
        .append(title)
        .append("\",\"datePublished\":\"")
        .append(published)
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
        .append(author)
        .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
        .append(site)
        .append("\"}}</script>\n</head><body>\n");
    html.append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n");
    html.append("<article><h1>").append(title).append("</h1>\n");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>\n");
    }
    html.append("</article>\n<footer>Contact us</footer></body></html>\n");
    return html.toString();
  }
}
