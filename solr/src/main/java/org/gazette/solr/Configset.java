package org.gazette.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Gazette's Solr configset ({@code solr-configset/conf} of the repository, in this jar): the schema
 * of an article and a small {@code solrconfig.xml}.
 */
public final class Configset {
  /**
   * The schema's name, which carries Gazette's schema version; a collection whose schema has
   * another name is not used. It is also the name the configset is uploaded under.
   */
  public static final String SCHEMA_NAME = "gazette-2";

  static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  private Configset() {}

  /** The text of one of the configset's files. */
  static byte[] file(String name) {
    try (InputStream in = Configset.class.getResourceAsStream("configset/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the configset's " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configset as the Configsets API takes it: a zip of the files at its root. */
  static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (String name : FILES) {
        out.putNextEntry(new ZipEntry(name));
        out.write(file(name));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
