package org.gazette.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as UTF-8 text without ever holding more than the limit: a larger declared or
 * actual body is refused with 413, invalid UTF-8 with 400.
 */
final class RequestBody {
  private RequestBody() {}

  static String read(Context ctx, long maxBytes) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw ApiProblem.tooLarge(maxBytes);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = ctx.bodyInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw ApiProblem.tooLarge(maxBytes);
        }
        bytes.write(buffer, 0, n);
      }
    }
    if (total == 0) {
      throw ApiProblem.malformedBody("the request body is empty; send a JSON article");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.malformedBody("the request body is not valid UTF-8");
    }
  }
}
