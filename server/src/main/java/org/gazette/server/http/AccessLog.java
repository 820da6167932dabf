package org.gazette.server.http;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, {@code IP METHOD PATH?QUERY STATUS MILLISms}, for every request the
 * server answers: the app's, and those Jetty refuses itself before the app sees them (a broken
 * request line, an unknown HTTP version, a URI or headers too large). A part the request did not
 * have, or that could not be read, is {@code -}.
 */
final class AccessLog implements RequestLog {
  private static final Logger LOG = LoggerFactory.getLogger("gazette.http");

  @Override
  public void log(Request request, Response response) {
    HttpURI uri = request.getHttpURI();
    String method = request.getMethod();
    // Jetty gives a request it could not parse the method BAD and the path /badMessage.
    boolean unread = "BAD".equals(method) && uri != null && "/badMessage".equals(uri.getPath());
    String path = unread || uri == null || uri.getPath() == null ? "-" : uri.getPath();
    String query = unread || uri == null ? null : uri.getQuery();
    LOG.info(
        "{} {} {}{} {} {}ms",
        Request.getRemoteAddr(request),
        unread || method == null || method.isEmpty() ? "-" : method,
        path,
        query == null ? "" : "?" + query,
        response.getStatus(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime()));
  }
}
