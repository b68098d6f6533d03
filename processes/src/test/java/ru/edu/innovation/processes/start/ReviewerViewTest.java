package ru.edu.innovation.processes.start;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_THEME;
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
}
