package io.creditdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md and STYLE.md, checked on every build. */
class ArchitectureTest {
    static final String[] FEATURES = {"io.creditdesk.money..", "io.creditdesk.seller..", "io.creditdesk.features..",
        "io.creditdesk.scoring..", "io.creditdesk.offer..", "io.creditdesk.decision..", "io.creditdesk.portfolio..",
        "io.creditdesk.loan..", "io.creditdesk.dataset..", "io.creditdesk.common.."};
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.creditdesk");
    }

    @Test
    void featurePackagesUseNoJavaFxSqlOrJdbi() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "org.h2..", "org.flywaydb..", "picocli..")
                .check(classes);
    }

    @Test
    void featurePackagesReadNoFilesOrClocksDirectly() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .check(classes);
    }

    @Test
    void featurePackagesNeverImportAdapters() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("io.creditdesk.store..", "io.creditdesk.ui..",
                        "io.creditdesk.cli..", "io.creditdesk.ingest..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.creditdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesSqlAndJdbi() {
        noClasses().that().resideOutsideOfPackages("io.creditdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.flywaydb..",
                        "org.h2..")
                .check(classes);
    }

    @Test
    void theAppWritesToTheConsoleOnlyThroughTheLauncher() {
        noClasses().that().doNotHaveFullyQualifiedName("io.creditdesk.Launcher")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("io.creditdesk.(*)..").should().beFreeOfCycles().check(classes);
    }
}
