package ru.edu.innovation.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The project's model: the root, its members each in its own package, the review chain and the shared kernel. */
class ModelArchitectureTest {

    private static final String[] MODEL = {
            "ru.edu.innovation.command.project", "ru.edu.innovation.command.kernel", "ru.edu.innovation.command.review",
            "ru.edu.innovation.command.plan", "ru.edu.innovation.command.indicator", "ru.edu.innovation.command.report",
            "ru.edu.innovation.command.stage", "ru.edu.innovation.command.dissemination",
            "ru.edu.innovation.command.contest", "ru.edu.innovation.command.product"};

    private static final String[] MEMBERS = {"plan", "indicator", "report", "stage", "dissemination", "contest",
            "product"};

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.edu.innovation.command")
            .that(resideInAnyPackage(MODEL));

    @Test
    @DisplayName("the model has no Spring in it and knows nothing of the web, security or store layers")
    void modelWithoutAdapters() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
                        "ru.edu.innovation.command.web..", "ru.edu.innovation.command.security..",
                        "ru.edu.innovation.command.store..")
                .check(model);
    }

    @Test
    @DisplayName("the root depends on its members, the members on the review chain and the kernel, never the other way")
    void packagesWithoutCycles() {
        slices().matching("ru.edu.innovation.command.(*)").should().beFreeOfCycles().check(model);
    }

    @Test
    @DisplayName("a member knows neither the root nor another member")
    void membersApart() {
        for (String member : MEMBERS) {
            noClasses().that().resideInAPackage("ru.edu.innovation.command." + member)
                    .should().dependOnClassesThat().resideInAnyPackage(rootAndOtherMembers(member))
                    .check(model);
        }
    }

    private static String[] rootAndOtherMembers(String member) {
        return Stream.concat(Stream.of("project"), Stream.of(MEMBERS))
                .filter(other -> !other.equals(member))
                .map(other -> "ru.edu.innovation.command." + other)
                .toArray(String[]::new);
    }
}
