package ru.edu.innovation.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The read side's floor plan: a model that knows no storage, storage behind one repository, controllers without SQL. */
class ReadModelArchitectureTest {

    private static final JavaClasses QUERY_SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.edu.innovation.query");

    @Test
    @DisplayName("the card and its views know nothing of how they are stored")
    void modelKnowsNoStorage() {
        noClasses().that().resideInAPackage("ru.edu.innovation.query.card")
                // What folds, replays and serves the card uses its storage; the card itself does not.
                .and().haveNameNotMatching(".*\\.(ProjectCardProjection|ProjectCardHistory)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("..card.storage..", "java.sql..",
                        "org.springframework.jdbc..", "org.postgresql..")
                .check(QUERY_SERVICE);
    }

    @Test
    @DisplayName("the card's storage shows only its one repository to the rest of the service")
    void storageBehindOneRepository() {
        classes().that().resideInAPackage("ru.edu.innovation.query.card.storage").and().arePublic()
                .should().haveSimpleName("ProjectCardRepository")
                .orShould().haveNameMatching(".*\\.ProjectCardRepository\\$.*")
                .check(QUERY_SERVICE);
    }

    @Test
    @DisplayName("controllers hold no SQL: they ask repositories and read models")
    void controllersHoldNoSql() {
        noClasses().that().areAnnotatedWith(RestController.class)
                // Its hash-chain check moves to the platform's one verifier (issue 24); the rest of it reads StoredHistory.
                .and().doNotHaveSimpleName("AuditController")
                .should().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .check(QUERY_SERVICE);
    }
}
