package org.gazette.server.http;

/**
 * A request that the API answers with a problem: its status, the problem type and what was wrong.
 * Thrown by handlers, turned into {@code application/problem+json} in one place.
 */
final class ApiProblem extends RuntimeException {
  private final int status;
  private final String type;

  ApiProblem(int status, String type, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
  }

  int status() {
    return status;
  }

  /** The slug of the problem type: {@code bad-parameter}, {@code not-found}... */
  String type() {
    return type;
  }

  static ApiProblem badParameter(String detail) {
    return new ApiProblem(400, "bad-parameter", detail);
  }

  static ApiProblem malformedBody(String detail) {
    return new ApiProblem(400, "malformed-body", detail);
  }

  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", detail);
  }

  static ApiProblem tooLarge(long limit) {
    return new ApiProblem(
        413,
        "payload-too-large",
        "the request body is larger than the limit of "
            + limit
            + " bytes; split it or raise the server's --max-body");
  }

  static ApiProblem unsupportedMediaType(String given) {
    return new ApiProblem(
        415,
        "unsupported-media-type",
        "send articles as application/json, application/x-ndjson or application/jsonl (a web"
            + " page as text/html or application/xhtml+xml to POST /api/v1/documents), not "
            + (given == null || given.isBlank() ? "a body without Content-Type" : given));
  }

  static ApiProblem unauthorized() {
    return new ApiProblem(
        401,
        "unauthorized",
        "writes need the API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'");
  }

  static ApiProblem overloaded() {
    return new ApiProblem(
        503,
        "overloaded",
        "the server is busy with other requests; retry in a moment (see Retry-After)");
  }

  /** A search that ran past the time budget of the index ({@code --query-timeout}). */
  static ApiProblem queryTimeout(String detail) {
    return new ApiProblem(503, "query-timeout", detail);
  }
}
