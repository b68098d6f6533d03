package ru.edu.innovation.processes;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.processes.routing.ReviewRouting;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The forms name the bodies of the item's route and its act: the routing start listener keeps each
 * body's name in the cases the forms need, taken from the bodies' configuration, and the forms' texts
 * read them (evaluated here as form-js does); a task of a chain started without them reads as the
 * regional chain it was.
 */
@Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn"})
class FormNamesProcessTest extends ApprovalProcessTest {

    private static final Map<String, Object> SIGNED = Map.of("signatureConfirmed", true);
    private static final Map<String, Object> APPROVED = Map.of("instituteDecision", "APPROVE",
            "instituteConclusion", "Программа соответствует требованиям");

    @Test
    @DisplayName("a municipal site's forms name the methodological service, the education authority and its распоряжение, never a ministry")
    void municipalSite() {
        submit(RoutingByLevelProcessTest.atLevel(supportSiteProgram(), StatusLevel.MUNICIPAL), null);
        assertThat(String.join(" ", texts("sign-application")))
                .contains("направлена на экспертизу в информационно-методический центр Мариинского округа");
        completeAs("kartashova", task(), SIGNED);

        List<String> review = texts("review-application-institute");
        assertThat(review).contains("Решение информационно-методического центра Мариинского округа",
                "Одобрить и направить в управление образования Мариинского округа");
        completeAs("metodist-mariinsk", task(), APPROVED);

        List<String> decision = texts("decide-application-ministry");
        assertThat(decision).contains("Решение управления образования Мариинского округа",
                "Экспертиза информационно-методического центра Мариинского округа",
                "Присвоить статус распоряжением", "Реквизиты распоряжения о присвоении статуса",
                "Номер распоряжения", "Дата распоряжения");
        assertThat(String.join(" ", review) + String.join(" ", decision))
                .doesNotContainIgnoringCase("министерств").doesNotContain("Институт").doesNotContain("приказ");
    }

    @Test
    @DisplayName("a support site's forms name its institute as reviewer and decider, by the institute's order")
    void supportSite() {
        submit(supportSiteProgram(), "kripkipro");
        completeAs("kartashova", task(), SIGNED);
        assertThat(texts("review-application-institute")).contains("Решение КРИПКиПРО", "Одобрить и направить в КРИПКиПРО");
        completeAs("krasnoshlykova", task(), APPROVED);
        List<String> decision = texts("decide-application-ministry");
        assertThat(decision).contains("Решение КРИПКиПРО", "Присвоить статус приказом", "Номер приказа");
        assertThat(String.join(" ", decision)).doesNotContainIgnoringCase("министерств");
    }

    @Test
    @DisplayName("a regional site's report forms name the chosen institute and the region's ministry")
    void regionalReport() {
        registered(yayaNetworkProject(), "iro-kuzbass");
        ReportSubmittedEvent report = new ReportSubmittedEvent(PROJECT_ID, "interim-2022-2023", interimReport2022_2023(),
                "sikora", null, null, null);
        stored(report);
        starter.on(report, SUBMITTED_THROUGH_API);
        BpmnAwareTests.assertThat(processOf(ApprovalProcesses.reportBusinessKey(PROJECT_ID, "interim-2022-2023")))
                .isWaitingAtExactly("Task_SignReport");
        assertThat(String.join(" ", texts("sign-report")))
                .contains("направлен на рассмотрение в Институт развития образования Кузбасса");
        completeAs("tikhomirova", task(), SIGNED);
        assertThat(texts("review-report-institute")).contains("### Рассмотрение отчёта в Институте развития образования Кузбасса",
                "Одобрить и направить в министерство образования Кузбасса");
        completeAs("panina", task(), APPROVED);
        assertThat(texts("review-report-ministry")).contains("### Приёмка отчёта: решение министерства образования Кузбасса",
                "Рассмотрение в Институте развития образования Кузбасса", "Заключение Института развития образования Кузбасса");
    }

    @Test
    @DisplayName("a body configured without its cases is named by its full name")
    void bodyWithoutCases() {
        submit(withLead(RoutingByLevelProcessTest.atLevel(supportSiteProgram(), StatusLevel.MUNICIPAL),
                new Organization("school-barnaul", "МБОУ СОШ г. Барнаула", null, "г. Барнаул", null, null)), null);
        completeAs("kartashova", task(), SIGNED);
        assertThat(texts("review-application-institute"))
                .contains("Одобрить и направить в организацию «Комитет по образованию города Барнаула»");
    }

    @Test
    @DisplayName("a task moved to another institute names the new one")
    void anotherInstitute() {
        submit(yayaNetworkProject(), "iro-kuzbass");
        completeAs("tikhomirova", task(), SIGNED);
        instituteChange.on(new ReviewingInstituteAssignedEvent(PROJECT_ID, "kripkipro", "kripkipro", "sikora"));
        assertThat(texts("review-application-institute")).contains("Решение КРИПКиПРО",
                "Одобрить и направить в министерство образования Кузбасса");
    }

    @Test
    @DisplayName("a task of a chain started before the names were kept reads as the regional chain: institute, ministry, order")
    void chainWithoutNames() {
        submit(yayaNetworkProject(), "iro-kuzbass");
        completeAs("tikhomirova", task(), SIGNED);
        completeAs("panina", task(), APPROVED);
        Task decision = task();
        List.of(ReviewRouting.REVIEWER_GENITIVE, ReviewRouting.REVIEWER_ACCUSATIVE, ReviewRouting.REVIEWER_PREPOSITIONAL,
                ReviewRouting.DECIDER_GENITIVE, ReviewRouting.DECIDER_ACCUSATIVE, ReviewRouting.DECIDER_OF,
                ReviewRouting.DECIDING_ACT).forEach(name -> processEngine.getRuntimeService()
                .removeVariable(decision.getProcessInstanceId(), name));
        assertThat(texts("decide-application-ministry")).contains("Решение министерства образования",
                "Экспертиза Института развития образования", "Присвоить статус приказом", "Номер приказа");
    }

    private List<String> texts(String formId) {
        return FormTexts.of(processEngine, formId, taskService().getVariables(task().getId()));
    }

    private void registered(ProjectDetails details, String institute) {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, details));
        if (institute != null) {
            stored(new ReviewingInstituteAssignedEvent(PROJECT_ID, institute, institute, "sikora"));
        }
    }

    private void submit(ProjectDetails details, String institute) {
        registered(details, institute);
        ApplicationSubmittedEvent submitted = new ApplicationSubmittedEvent(PROJECT_ID, details.levelAppliedFor(),
                details.leadOrganization().id(), "sikora");
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        BpmnAwareTests.assertThat(processOf(PROJECT_ID)).isWaitingAtExactly("Task_SignApplication");
    }

    private static ProjectDetails withLead(ProjectDetails details, Organization lead) {
        return RoutingByLevelProcessTest.withLead(details, lead);
    }
}
