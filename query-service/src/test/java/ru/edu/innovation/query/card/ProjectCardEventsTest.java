package ru.edu.innovation.query.card;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.HeldEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCardEventsTest {

    /**
     * Records of the api named like events that are not events of a project's stream: a school's
     * held event (a conference, a seminar) is a value inside HeldEventRecordedEvent.
     */
    private static final Set<Class<?>> NOT_STREAM_EVENTS = Set.of(HeldEvent.class);

    @Test
    @DisplayName("every event of the api is folded by the card or on its list of events it deliberately ignores")
    void everyApiEventIsHandledOrIgnoredOnPurpose() {
        List<Class<?>> events = apiEvents();

        assertThat(events).as("the api's events were found").hasSizeGreaterThan(20);
        assertThat(events).allSatisfy(event -> assertThat(
                ProjectCard.foldedEvents().contains(event) || ProjectCard.ignoredEvents().contains(event))
                .as(event.getName() + " is neither folded by the card nor on its list of ignored events")
                .isTrue());
        Set<Class<?>> both = new HashSet<>(ProjectCard.foldedEvents());
        both.retainAll(ProjectCard.ignoredEvents());
        assertThat(both).as("folded and ignored at once").isEmpty();
    }

    private static List<Class<?>> apiEvents() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ru.edu.innovation.api")
                .stream()
                .filter(JavaClass::isRecord)
                .filter(type -> type.getSimpleName().endsWith("Event"))
                .<Class<?>>map(JavaClass::reflect)
                .filter(type -> !NOT_STREAM_EVENTS.contains(type))
                .toList();
    }
}
