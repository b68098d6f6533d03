package ru.edu.innovation.processes;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportSubmission;
import java.math.BigDecimal;
import java.time.LocalDate;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.processes.task.TaskRefusedException;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

@Deployment(resources = "bpmn/report-approval.bpmn")
class ReportApprovalProcessTest extends ApprovalProcessTest {

    private static final String REPORT_ID = "interim-2022-2023";
    private static final String BUSINESS_KEY = PROJECT_ID + "/reports/" + REPORT_ID;
    private static final String CONSULTANT_CONCLUSION = "Заключение научного консультанта: работа по проекту ведётся "
            + "в соответствии с календарным планом; модель сетевого взаимодействия Центров «Точка роста» внедрена";
    private static final String ACCEPTANCE = "Отчёт принят министерством образования Кузбасса";
    private static final String CONSULTANT_REMARKS = "Дополните аналитическую записку результатами диагностики "
            + "профессиональных компетенций педагогов";
    private static final String MINISTRY_REMARKS = "Замечания сняты после пояснений; повторно направьте отчёт без изменений";
    private static final String REVISED_NOTE = "Дополнено: по итогам диагностики на базе ЦНППМ 22 педагога (71%) "
            + "получили индивидуальные образовательные маршруты.";

    @Test
    @DisplayName("a submitted report starts a chain keyed by project and report id that waits for the leader's signature")
    void submissionStartsTheChain() {
        ProcessInstance report = submitInterimReport();

        assertThat(report).hasBusinessKey(BUSINESS_KEY).hasProcessDefinitionKey("reportApproval")
                .isWaitingAtExactly("Task_SignReport");
        assertThat(task()).hasCandidateGroup(IMC_YAYA);
        assertThat(report).variables()
                .containsEntry("projectId", PROJECT_ID)
                .containsEntry("reportId", REPORT_ID)
                .containsEntry("reviewedItem", "REPORT")
                .containsEntry("itemId", REPORT_ID)
                .containsEntry("submittedBy", "sikora")
                .containsEntry("organizationName", "МБУ ИМЦ Яйского округа")
                .containsEntry("reportKindLabel", "Промежуточный отчёт")
                .containsEntry("reportLeader", "Тихомирова Светлана Анатольевна, директор")
                .containsEntry("reportAnalyticalNote", interimReportSections().analyticalNote())
                .containsEntry("correlationId", "corr-yaya-1");
        assertThat((String) variable(report, "reportActivities"))
                .startsWith("• Разработка карты ресурсов и оценка возможностей Центров образования «Точка роста» — ");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("the tasks of the interim report are named after its kind and the school year 2022–2023")
    void taskNamesOfTheInterimReport() {
        ProcessInstance report = submitInterimReport();
        assertThat(task()).hasName("Подписать отчёт: Промежуточный отчёт, 2022–2023");

        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(task()).hasName("Экспертиза отчёта: МБУ ИМЦ Яйского округа, 2022–2023");

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONSULTANT_CONCLUSION));
        assertThat(report).isWaitingAtExactly("Task_MinistryReview");
        assertThat(task()).hasName("Решение министерства образования Кузбасса по отчёту: МБУ ИМЦ Яйского округа, 2022–2023");
    }

    @Test
    @DisplayName("a report for a whole school year (September–August) is named after that school year")
    void taskNamesOfAWholeSchoolYear() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        ReportSubmission schoolYear = new ReportSubmission(ReportKind.INTERIM,
                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)), interimReportSections());
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, REPORT_ID, schoolYear, "sikora", null, null, null);
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance report = processOf(BUSINESS_KEY);
        assertThat(report).isWaitingAtExactly("Task_SignReport");
        assertThat(task()).hasName("Подписать отчёт: Промежуточный отчёт, 2022–2023");

        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(task()).hasName("Экспертиза отчёта: МБУ ИМЦ Яйского округа, 2022–2023").hasCandidateGroup("institute");

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONSULTANT_CONCLUSION));
        assertThat(task()).hasName("Решение министерства образования Кузбасса по отчёту: МБУ ИМЦ Яйского округа, 2022–2023")
                .hasCandidateGroup("minobr-kuzbass");
    }

    @Test
    @DisplayName("accepted at every level: signed, approved by the consultant and accepted by the ministry")
    void acceptedAtEveryLevel() {
        ProcessInstance report = submitInterimReport();
        Task sign = task();

        completeAs("tikhomirova", sign, Map.of("signatureConfirmed", true));
        assertThat(report).hasPassed("Task_RecordSignature").isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute");
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "tikhomirova")
                .containsEntry(MetaDataKeys.ROLE, "SCHOOL")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA)
                .containsEntry(MetaDataKeys.TASK_ID, sign.getId());

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONSULTANT_CONCLUSION));
        assertThat(report).hasPassed("Task_RecordInstituteReview").isWaitingAtExactly("Task_MinistryReview");
        assertThat(task()).hasCandidateGroup("minobr-kuzbass");
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "panina")
                .containsEntry(MetaDataKeys.ROLE, "INSTITUTE")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "iro-kuzbass");

        Task acceptance = task();
        completeAs("minobr", acceptance, Map.of("ministryDecision", "APPROVE", "ministryConclusion", ACCEPTANCE));
        assertThat(report).isEnded().hasPassed("Task_RecordMinistryReview", "End_ReportAccepted")
                .hasNotPassed("Task_ReviseReport");

        assertThat(commands.payloads()).containsExactly(
                new SignReportCommand(PROJECT_ID, REPORT_ID),
                new ReviewReportCommand(PROJECT_ID, REPORT_ID, ReviewLevel.INSTITUTE,
                        new Review(ReviewDecision.APPROVE, CONSULTANT_CONCLUSION)),
                new ReviewReportCommand(PROJECT_ID, REPORT_ID, ReviewLevel.MINISTRY,
                        new Review(ReviewDecision.APPROVE, ACCEPTANCE)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "minobr")
                .containsEntry(MetaDataKeys.ROLE, "MINISTRY")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "minobr-kuzbass")
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, report.getId())
                .containsEntry(MetaDataKeys.TASK_ID, acceptance.getId())
                .containsEntry(MetaDataKeys.CORRELATION_ID, "corr-yaya-1");
    }

    @Test
    @DisplayName("a review completed with another project's and report's ids in its variables is recorded on its own report")
    void injectedIdsDoNotRedirectTheReview() {
        awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONSULTANT_CONCLUSION,
                "projectId", "another-project", "reportId", "another-report"));

        assertThat(commands.last().getPayload()).isEqualTo(new ReviewReportCommand(PROJECT_ID, REPORT_ID,
                ReviewLevel.INSTITUTE, new Review(ReviewDecision.APPROVE, CONSULTANT_CONCLUSION)));
    }

    @Test
    @DisplayName("returned by the institute: the school gets a revision task with the consultant's remarks")
    void returnedByTheInstitute() {
        ProcessInstance report = awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));

        assertThat(report).isWaitingAtExactly("Task_ReviseReport").hasNotPassed("Task_MinistryReview");
        assertThat(task()).hasCandidateGroup(IMC_YAYA).hasDefinitionKey("Task_ReviseReport");
        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("returnedBy", "Институт развития образования")
                .containsEntry("returnConclusion", CONSULTANT_REMARKS);
        assertThat(commands.last().getPayload()).isEqualTo(new ReviewReportCommand(PROJECT_ID, REPORT_ID,
                ReviewLevel.INSTITUTE, new Review(ReviewDecision.RETURN_FOR_REVISION, CONSULTANT_REMARKS)));
    }

    @Test
    @DisplayName("resubmitted through the API after a return: back at signing with the new sections, no command from the process")
    void resubmittedThroughTheApi() {
        ProcessInstance report = awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));
        int sentBefore = commands.sent().size();

        ReportSections revised = revisedSections();
        ReportResubmittedEvent resubmitted = new ReportResubmittedEvent(PROJECT_ID, REPORT_ID, revised, "sikora", null, null, null);
        stored(resubmitted);
        starter.on(resubmitted, throughApi("sikora", "corr-yaya-2"));

        assertThat(instancesOf("reportApproval")).isEqualTo(1);
        assertThat(report).hasPassed("Event_ResubmittedThroughApi").hasNotPassed("Task_ResubmitReport")
                .isWaitingAtExactly("Task_SignReport");
        assertThat(task()).hasCandidateGroup(IMC_YAYA);
        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("reportAnalyticalNote", revised.analyticalNote())
                .doesNotContainKey("signatureConfirmed");
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("the institute's form carries the whole report, a long analytical note in parts, and the indicators with baseline, target and values")
    void instituteSeesTheWholeCase() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        stored(new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics()));
        stored(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-physics", new IndicatorValue(
                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("15.20"), "по итогам ОГЭ 2023")));
        ReportSections seed = interimReportSections();
        String longNote = (seed.analyticalNote() + "\n").repeat(20_000 / seed.analyticalNote().length() + 1);
        ReportSections longReport = new ReportSections(seed.organizations(), seed.addressAndContacts(), seed.leader(),
                seed.theme(), seed.goal(), seed.stages(), seed.activities(), longNote);
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, REPORT_ID,
                new ReportSubmission(ReportKind.INTERIM, interimReport2022_2023().reportingPeriod(), longReport), "sikora", null, null, null);
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        assertThat(processOf(BUSINESS_KEY)).isWaitingAt("Task_SignReport");
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        Map<String, Object> shown = taskService().getVariables(task().getId());
        StringBuilder note = new StringBuilder();
        for (int part = 1; shown.get(part == 1 ? "reportAnalyticalNote" : "reportAnalyticalNote" + part) != null; part++) {
            String text = (String) shown.get(part == 1 ? "reportAnalyticalNote" : "reportAnalyticalNote" + part);
            assertThat(text.length()).isLessThanOrEqualTo(3900);
            note.append(text);
        }
        assertThat(note.toString()).as("the analytical note, whole").isEqualTo(longNote);
        assertThat(shown).containsEntry("reportGoal", seed.goal())
                .containsEntry("reportAddress", seed.addressAndContacts())
                .containsEntry("changesSinceReturn", "Рассматривается впервые.");
        assertThat((String) shown.get("projectIndicators")).isEqualTo(
                "1. Средний балл ОГЭ по физике, балл: исходное " + ogeAverageScorePhysics().baseline().toPlainString().replace('.', ',')
                        + " → целевое " + ogeAverageScorePhysics().target().toPlainString().replace('.', ',')
                        + "; 2022–2023: 15,20 (по итогам ОГЭ 2023)");
    }

    @Test
    @DisplayName("the reviewers' forms name the version under review and link to its full document, HTML and PDF, on the read side")
    void formsLinkToTheVersionUnderReview() {
        awaitingInstitute();
        String document = READ_SIDE + "api/projects/" + PROJECT_ID + "/reports/" + REPORT_ID + "/document?format=";
        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("reportVersion", 1)
                .containsEntry("reportDocumentHtml", document + "html&version=1")
                .containsEntry("reportDocumentPdf", document + "pdf&version=1");

        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));
        ReportResubmittedEvent resubmitted = new ReportResubmittedEvent(PROJECT_ID, REPORT_ID, revisedSections(), "sikora",
                2, 9L, "c3".repeat(32));
        stored(resubmitted);
        starter.on(resubmitted, throughApi("sikora", "corr-yaya-2"));
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("reportVersion", 2)
                .containsEntry("reportDocumentHtml", document + "html&version=2");
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Замечания учтены"));
        assertThat(task().getTaskDefinitionKey()).isEqualTo("Task_MinistryReview");
        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("reportDocumentPdf", document + "pdf&version=2");
    }

    @Test
    @DisplayName("after a return the institute's form says which sections the school changed, or that it resubmitted the report unchanged")
    void nextRoundSaysWhatChanged() {
        awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));
        ReportResubmittedEvent resubmitted = new ReportResubmittedEvent(PROJECT_ID, REPORT_ID, revisedSections(), "sikora", null, null, null);
        stored(resubmitted);
        starter.on(resubmitted, throughApi("sikora", "corr-yaya-2"));
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(taskService().getVariable(task().getId(), "changesSinceReturn"))
                .isEqualTo("После возврата изменено: аналитическая записка.");

        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));
        completeAs("sikora", task(), Map.of());
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(taskService().getVariable(task().getId(), "changesSinceReturn"))
                .isEqualTo("После возврата отчёт подан повторно без изменений.");
    }

    @Test
    @DisplayName("returned by the ministry: the revision task completed in Tasklist resubmits the sections stored for the report")
    void returnedByTheMinistryAndResubmittedInTasklist() {
        ProcessInstance report = awaitingMinistry();
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));
        assertThat(report).isWaitingAtExactly("Task_ReviseReport");
        assertThat(report).variables()
                .containsEntry("returnedBy", "Министерство образования")
                .containsEntry("returnConclusion", MINISTRY_REMARKS);
        assertThat(commands.last().getPayload()).isEqualTo(new ReviewReportCommand(PROJECT_ID, REPORT_ID,
                ReviewLevel.MINISTRY, new Review(ReviewDecision.RETURN_FOR_REVISION, MINISTRY_REMARKS)));
        Task revise = task();

        completeAs("sikora", revise, Map.of());

        assertThat(report).hasPassed("Task_ResubmitReport").isWaitingAtExactly("Task_SignReport");
        assertThat(commands.last().getPayload())
                .isEqualTo(new ResubmitReportCommand(PROJECT_ID, REPORT_ID, interimReportSections()));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "sikora")
                .containsEntry(MetaDataKeys.ROLE, "SCHOOL")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA)
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, report.getId())
                .containsEntry(MetaDataKeys.TASK_ID, revise.getId());
    }

    @Test
    @DisplayName("a resubmission in Tasklist carries the latest sections: those of an earlier resubmission through the API")
    void resubmittedInTasklistCarriesTheLatestSections() {
        ProcessInstance report = awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));
        ReportResubmittedEvent resubmitted = new ReportResubmittedEvent(PROJECT_ID, REPORT_ID, revisedSections(), "sikora", null, null, null);
        stored(resubmitted);
        starter.on(resubmitted, throughApi("sikora", "corr-yaya-2"));
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONSULTANT_CONCLUSION));
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));

        completeAs("sikora", task(), Map.of());

        assertThat(report).isWaitingAtExactly("Task_SignReport");
        assertThat(commands.last().getPayload()).isEqualTo(new ResubmitReportCommand(PROJECT_ID, REPORT_ID, revisedSections()));
    }

    @Test
    @DisplayName("signed through the API: the report goes to the consultant without a command")
    void signedThroughTheApi() {
        ProcessInstance report = submitInterimReport();

        starter.on(new ReportSignedEvent(PROJECT_ID, REPORT_ID, "tikhomirova"), throughApi("tikhomirova", "corr-yaya-2"));

        assertThat(report).hasPassed("Event_SignedThroughApi").hasNotPassed("Task_RecordSignature")
                .isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("a report signature through the API while no sign task waits is refused")
    void signedThroughTheApiWhileNothingWaits() {
        ProcessInstance report = awaitingInstitute();

        assertThatThrownBy(() -> starter.on(new ReportSignedEvent(PROJECT_ID, REPORT_ID, "tikhomirova"),
                throughApi("tikhomirova", "corr-yaya-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BUSINESS_KEY).hasMessageContaining("ReportSigned");

        assertThat(report).isWaitingAtExactly("Task_InstituteReview");
    }

    @Test
    @DisplayName("a resubmission caused by the process itself (metadata with processInstanceId) is left to the process")
    void resubmissionCausedByTheProcessIsIgnored() {
        ProcessInstance report = awaitingMinistry();
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));
        completeAs("sikora", task(), Map.of());
        int sentBefore = commands.sent().size();

        starter.on(new ReportResubmittedEvent(PROJECT_ID, REPORT_ID, interimReportSections(), "sikora", null, null, null),
                causedBy(report, "sikora"));

        assertThat(instancesOf("reportApproval")).isEqualTo(1);
        assertThat(report).isWaitingAtExactly("Task_SignReport");
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("the report's sign task refuses a completion without signatureConfirmed and stays open")
    void signatureMustBeConfirmed() {
        ProcessInstance report = submitInterimReport();
        Task sign = task();

        assertThatThrownBy(() -> completeAs("tikhomirova", sign, Map.of()))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Подтвердите, что отчёт подписан руководителем организации");

        assertThat(report).isWaitingAtExactly("Task_SignReport");
        assertThat(task()).hasId(sign.getId());
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("a consultant's review without conclusion is refused and the task stays open")
    void reviewWithoutConclusionIsRefused() {
        ProcessInstance report = awaitingInstitute();
        Task review = task();

        assertThatThrownBy(() -> completeAs("panina", review, Map.of("instituteDecision", "APPROVE")))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Заполните поле «заключение»");

        assertThat(report).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId());
        assertThat(commands.sent()).hasSize(1);
    }

    @Test
    @DisplayName("the consultant's decision of an earlier round is cleared when the report is reviewed again")
    void instituteDecisionClearedForTheNextRound() {
        ProcessInstance report = awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", CONSULTANT_REMARKS));
        completeAs("sikora", task(), Map.of());
        starter.on(new ReportSignedEvent(PROJECT_ID, REPORT_ID, "tikhomirova"), throughApi("tikhomirova", "corr-yaya-2"));

        assertThat(report).isWaitingAtExactly("Task_InstituteReview");
        assertThat(report).variables().doesNotContainKey("instituteDecision")
                .containsEntry("returnConclusion", CONSULTANT_REMARKS);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ProcessInstance submitInterimReport() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, REPORT_ID, interimReport2022_2023(), "sikora", null, null, null);
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance report = processOf(BUSINESS_KEY);
        assertThat(report).isNotNull();
        assertThat(report).isWaitingAt("Task_SignReport");
        return report;
    }

    private ProcessInstance awaitingInstitute() {
        ProcessInstance report = submitInterimReport();
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(report).isWaitingAtExactly("Task_InstituteReview");
        return report;
    }

    private ProcessInstance awaitingMinistry() {
        ProcessInstance report = awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONSULTANT_CONCLUSION));
        assertThat(report).isWaitingAtExactly("Task_MinistryReview");
        return report;
    }

    private static ReportSections revisedSections() {
        ReportSections seed = interimReportSections();
        return new ReportSections(seed.organizations(), seed.addressAndContacts(), seed.leader(), seed.theme(),
                seed.goal(), seed.stages(), seed.activities(), seed.analyticalNote() + " " + REVISED_NOTE);
    }

    private Object variable(ProcessInstance instance, String name) {
        return processEngine.getRuntimeService().getVariable(instance.getId(), name);
    }
}
