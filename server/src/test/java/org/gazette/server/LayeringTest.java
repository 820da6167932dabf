package org.gazette.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The program uses the library through its public API only, checked on the compiled classes
 * (ArchUnit): never Lucene, never the index layer ({@code org.gazette.index}: documents, labels,
 * the curation file), from the search layer only the exceptions it throws; and the HTTP server does
 * not depend on the command line that starts it.
 */
class LayeringTest {
  private static JavaClasses server;

  @BeforeAll
  static void importClasses() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gazette.server");
  }

  @Test
  void serverNeverUsesLucene() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(server);
  }

  @Test
  void serverNeverReachesIntoTheIndexLayer() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.gazette.index..")
        .check(server);
  }

  @Test
  void fromTheSearchLayerServerUsesOnlyItsExceptions() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.gazette.search..").and(not(assignableTo(Exception.class))))
        .check(server);
  }

  @Test
  void theHttpServerDoesNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.gazette.server.http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.gazette.server.cli..")
        .check(server);
  }
}
