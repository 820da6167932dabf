package org.gazette.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a library user gets from {@code mvn install}: the core jar with a stable module name, and
 * its sources and javadoc jars beside it.
 *
 * <p>NOTE: this checks the jars the build of the core module made ({@code core/target}); a full
 * build ({@code ./gazette test}, {@code mvn verify}) makes them before this module's tests run.
 * When only this module is built they are absent and the test is skipped, saying so.
 */
class LibraryArtifactsTest {
  private static final Path CORE_TARGET = Path.of("../core/target");
  private static String version;

  @BeforeAll
  static void version() throws IOException {
    String pom = Files.readString(Path.of("../pom.xml"));
    int start = pom.indexOf("<version>", pom.indexOf("<artifactId>gazette-parent</artifactId>"));
    version = pom.substring(start + "<version>".length(), pom.indexOf("</version>", start));
  }

  // The main jar must have been built for the check to mean anything; once it is, its sources and
  // javadoc jars must be beside it (the core module's package phase makes all three).
  private static Path jar(String classifier) {
    Path main = CORE_TARGET.resolve("gazette-core-" + version + ".jar");
    Assumptions.assumeTrue(
        Files.isRegularFile(main),
        main + " is not built: run the whole build (./gazette test) to check the library's jars");
    Path jar =
        classifier.isEmpty()
            ? main
            : CORE_TARGET.resolve("gazette-core-" + version + "-" + classifier + ".jar");
    assertThat(jar)
        .as("built beside the core jar by `mvn package` (the launcher's quick build skips it)")
        .isRegularFile();
    return jar;
  }

  @Test
  void theCoreJarNamesItsModule() throws IOException {
    try (JarFile jar = new JarFile(jar("").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("org.gazette.core");
      assertThat(jar.getEntry("org/gazette/NewsIndex.class")).isNotNull();
    }
  }

  @Test
  void theCoreJarCarriesTheLicenceAndNotice() throws IOException {
    try (JarFile jar = new JarFile(jar("").toFile())) {
      for (String name : List.of("LICENSE", "NOTICE")) {
        JarEntry entry = jar.getJarEntry("META-INF/" + name);
        assertThat(entry).as("META-INF/%s", name).isNotNull();
        try (var in = jar.getInputStream(entry)) {
          assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
              .isEqualTo(Files.readString(Path.of("..", name)));
        }
      }
    }
    assertThat(Files.readString(Path.of("../LICENSE"))).contains("Apache License", "Version 2.0");
    assertThat(Files.readString(Path.of("../NOTICE"))).contains("GeoNames", "CC BY 4.0");
  }

  @Test
  void theSourcesJarHoldsTheSourcesOfThePublicApi() throws IOException {
    try (JarFile jar = new JarFile(jar("sources").toFile())) {
      assertThat(jar.getEntry("org/gazette/NewsIndex.java")).isNotNull();
      assertThat(jar.getEntry("org/gazette/model/SearchQuery.java")).isNotNull();
    }
  }

  @Test
  void theJavadocJarDocumentsThePublicApi() throws IOException {
    try (JarFile jar = new JarFile(jar("javadoc").toFile())) {
      // The javadoc tool files pages under the module name the jar's manifest gives.
      List<String> pages = jar.stream().map(JarEntry::getName).toList();
      assertThat(pages)
          .contains(
              "org.gazette.core/org/gazette/NewsIndex.html",
              "org.gazette.core/org/gazette/model/SearchQuery.html");
    }
  }
}
