package ru.edu.innovation.platform.region;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.platform.region.BodyNameProperties.Body;
import ru.edu.innovation.platform.region.BodyNameProperties.NameCases;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyNamesTest {

    private final BodyNames names = new BodyNames(new BodyNameProperties(List.of(
            new Body("uo-mariinsk", "Управление образования администрации Мариинского муниципального округа",
                    new NameCases("управления образования Мариинского округа", "управление образования Мариинского округа",
                            "управлении образования Мариинского округа")),
            new Body("kripkipro", "КРИПКиПРО", new NameCases("КРИПКиПРО", "КРИПКиПРО", "КРИПКиПРО")),
            new Body("komitet-barnaul", "Комитет по образованию города Барнаула", null))));

    @Test
    @DisplayName("a configured body is named in its configured cases")
    void configuredCases() {
        assertThat(names.of("uo-mariinsk")).get().extracting(NameCases::genitive, NameCases::accusative, NameCases::prepositional)
                .containsExactly("управления образования Мариинского округа", "управление образования Мариинского округа",
                        "управлении образования Мариинского округа");
    }

    @Test
    @DisplayName("an institute's directorate is named as its institute")
    void directorate() {
        assertThat(names.of("kripkipro-directorate")).get().extracting(NameCases::genitive).isEqualTo("КРИПКиПРО");
    }

    @Test
    @DisplayName("a body without cases is named by its full name after «организации»")
    void withoutCases() {
        assertThat(names.of("komitet-barnaul")).get().extracting(NameCases::genitive, NameCases::accusative)
                .containsExactly("организации «Комитет по образованию города Барнаула»",
                        "организацию «Комитет по образованию города Барнаула»");
    }

    @Test
    @DisplayName("a group that is no configured organization (the shared institute group) has no name")
    void unknownGroup() {
        assertThat(names.of("institute")).isEmpty();
    }
}
