package org.gazette;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library, checked on the compiled classes (ArchUnit), so that a fully
 * qualified name or a wildcard import cannot slip past as it could past a text search.
 *
 * <p>From the bottom: {@code model} (records and value rules) and {@code text} (text primitives)
 * depend on nothing else of Gazette; {@code ingest} (reading and cleaning) and {@code extract}
 * (entities and dates) on those two only, not on each other; {@code index} (Lucene documents,
 * labels, curation) on {@code model}; {@code search} on {@code index}; and {@code org.gazette}
 * itself ({@link NewsIndex}, the pipeline) ties them together and is used by none.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gazette");
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.gazette..")
        .layer("Api")
        .definedBy("org.gazette")
        .layer("Store")
        .definedBy("org.gazette.store..")
        .layer("Search")
        .definedBy("org.gazette.search..")
        .layer("Index")
        .definedBy("org.gazette.index..")
        .layer("Extract")
        .definedBy("org.gazette.extract..")
        .layer("Ingest")
        .definedBy("org.gazette.ingest..")
        .layer("Text")
        .definedBy("org.gazette.text..")
        .layer("Model")
        .definedBy("org.gazette.model..")
        .whereLayer("Api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Store")
        .mayOnlyBeAccessedByLayers("Api")
        .whereLayer("Search")
        .mayOnlyBeAccessedByLayers("Api")
        .whereLayer("Index")
        .mayOnlyBeAccessedByLayers("Search", "Api")
        .whereLayer("Extract")
        .mayOnlyBeAccessedByLayers("Api")
        .whereLayer("Ingest")
        .mayOnlyBeAccessedByLayers("Api")
        .whereLayer("Text")
        .mayOnlyBeAccessedByLayers("Ingest", "Extract")
        .check(classes);
  }

  @Test
  void modelStoreTextIngestAndExtractNeverUseLucene() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.gazette.model..",
            "org.gazette.store..",
            "org.gazette.text..",
            "org.gazette.ingest..",
            "org.gazette.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.gazette.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.gazette.model..", "java..")
        .check(classes);
  }

  @Test
  void theLibraryNeverUsesTheHttpStack() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
        .check(classes);
  }
}
