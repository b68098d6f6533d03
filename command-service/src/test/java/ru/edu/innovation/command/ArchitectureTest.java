package ru.edu.innovation.command;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final Set<String> AXON_ANNOTATIONS_ALLOWED_IN_API = Set.of(
            TargetAggregateIdentifier.class.getName(), Revision.class.getName());

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.edu.innovation");

    @Test
    @DisplayName("the project domain model has no Spring in it")
    void domainWithoutSpring() {
        noClasses().that().resideInAPackage("ru.edu.innovation.command.project")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    @DisplayName("the domain model knows nothing of the web, security or store layers")
    void domainDoesNotDependOnAdapters() {
        noClasses().that().resideInAPackage("ru.edu.innovation.command.project")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "ru.edu.innovation.command.web..", "ru.edu.innovation.command.security..",
                        "ru.edu.innovation.command.store..")
                .check(classes);
    }

    @Test
    @DisplayName("the api module holds no Spring")
    void apiIsPlain() {
        noClasses().that().resideInAPackage("ru.edu.innovation.api..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    @DisplayName("the api uses Axon for @TargetAggregateIdentifier and @Revision only")
    void apiUsesAxonAnnotationsOnly() {
        noClasses().that().resideInAPackage("ru.edu.innovation.api..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "Axon classes other than @TargetAggregateIdentifier and @Revision",
                        (JavaClass type) -> type.getPackageName().startsWith("org.axonframework")
                                && !AXON_ANNOTATIONS_ALLOWED_IN_API.contains(type.getName())))
                .check(classes);
    }
}
