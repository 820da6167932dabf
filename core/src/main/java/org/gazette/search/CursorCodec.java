package org.gazette.search;

import java.nio.ByteBuffer;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.gazette.model.SortOrder;

/**
 * Encodes the sort values of the last hit of a page as an opaque, URL-safe cursor, and back.
 *
 * <p>A cursor holds the sort order it was made for, the primary sort value (score or published day)
 * and the article id that breaks ties; it is valid across refreshes and never expires, though a
 * relevance cursor may skip or repeat a hit whose score changed in between.
 */
public final class CursorCodec {
  private static final byte VERSION = 1;
  private static final int MAX_CURSOR_LENGTH = 2048;

  /**
   * Where a page ended, whatever the store: the primary sort value of its last hit (a {@link Float}
   * score for relevance, else a {@link Long} published day, {@link Long#MIN_VALUE} or {@link
   * Long#MAX_VALUE} for an article without one) and its id.
   */
  public record Position(Object primary, String id) {}

  private CursorCodec() {}

  static String encode(SortOrder sort, FieldDoc last) {
    return encode(sort, new Position(last.fields[0], ((BytesRef) last.fields[1]).utf8ToString()));
  }

  /** The cursor of the page that ended at {@code last}. */
  public static String encode(SortOrder sort, Position last) {
    byte[] id = last.id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.allocate(2 + 8 + 4 + id.length);
    buf.put(VERSION).put((byte) sort.ordinal());
    if (sort == SortOrder.RELEVANCE) {
      buf.putLong(Float.floatToIntBits((Float) last.primary()));
    } else {
      buf.putLong((Long) last.primary());
    }
    buf.putInt(id.length).put(id);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
  }

  /**
   * The position a cursor holds.
   *
   * @throws IllegalArgumentException when the cursor is damaged or was made for another sort
   */
  public static Position position(String cursor, SortOrder sort) {
    FieldDoc at = decode(cursor, sort);
    return new Position(at.fields[0], ((BytesRef) at.fields[1]).utf8ToString());
  }

  /**
   * The position after which the next page starts.
   *
   * @throws IllegalArgumentException when the cursor is damaged or was made for another sort
   */
  static FieldDoc decode(String cursor, SortOrder sort) {
    if (cursor.length() > MAX_CURSOR_LENGTH) {
      throw bad("it is longer than " + MAX_CURSOR_LENGTH + " characters");
    }
    ByteBuffer buf;
    try {
      buf = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
      if (buf.remaining() < 14 || buf.get() != VERSION) {
        throw bad("it is not a cursor of this version");
      }
      int sortOrdinal = buf.get();
      if (sortOrdinal != sort.ordinal()) {
        throw bad("it was made for another sort order than " + sort.key());
      }
      long primary = buf.getLong();
      int idLength = buf.getInt();
      if (idLength < 0 || idLength != buf.remaining()) {
        throw bad("its length does not add up");
      }
      byte[] id = new byte[idLength];
      buf.get(id);
      // Two statements, not a ternary: "cond ? float : long" would promote the long to a float.
      Object first = Long.valueOf(primary);
      if (sort == SortOrder.RELEVANCE) {
        first = Float.intBitsToFloat((int) primary);
      }
      // Integer.MAX_VALUE as doc: every hit with the same sort values (only the cursor's own
      // article, since ids are unique) counts as already seen.
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(id)});
    } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith("bad cursor")) {
        throw iae;
      }
      throw bad("it is not valid base64url");
    }
  }

  private static IllegalArgumentException bad(String why) {
    return new IllegalArgumentException(
        "bad cursor: " + why + "; use the nextCursor of the previous page as is");
  }
}
