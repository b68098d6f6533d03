package ru.edu.innovation.processes.start;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_THEME;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.yayaFirstDayDraft;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** What a reviewer's form shows of a project. */
class ReviewerViewTest {

    @Test
    @DisplayName("a draft without goal, period, stages and leader shows them as not given")
    void firstDayDraft() {
        Map<String, Object> view = ReviewerView.application("yaya-network", yayaFirstDayDraft());

        assertThat(view).containsEntry(ApprovalProcesses.PROJECT_THEME, YAYA_THEME)
                .containsEntry("projectGoal", "не указано")
                .containsEntry("projectPeriod", "не указано")
                .containsEntry("projectLeader", "не указано")
                .containsEntry("projectStages", "")
                .containsEntry("projectTasks", "");
    }

    @Test
    @DisplayName("the seed's application shows its period and its leader with position")
    void completeApplication() {
        Map<String, Object> view = ReviewerView.application("yaya-network", yayaNetworkProject());

        assertThat(view).containsEntry("projectPeriod", "01.01.2023 – 31.08.2024")
                .containsEntry("projectLeader", "Тихомирова Светлана Анатольевна, директор МБУ ИМЦ УО Яйского округа");
    }

    @Test
    @DisplayName("an indicator of components without baseline or target shows each component and the values as written")
    void indicatorOfComponents() {
        IndicatorValue year2023 = new IndicatorValue(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                null, null, ValuePeriodKind.CALENDAR_YEAR,
                List.of(new ComponentValue("Предметная", new BigDecimal("8.50"))));

        String text = ReviewerView.indicators(List.of(new ProjectHistory.Indicator(competencyDiagnostics(),
                List.of(year2023))));

        assertThat(text).contains("исходное не задано → целевое не задано")
                .contains("Предметная 7,75 → не задано", "Цифровая 6,5 → не задано")
                .contains("2023 год: Предметная 8,50");
    }
}
