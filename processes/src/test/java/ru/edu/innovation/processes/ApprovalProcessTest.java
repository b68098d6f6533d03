package ru.edu.innovation.processes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.processes.application.RecordExpertDecisionDelegate;
import ru.edu.innovation.processes.application.RecordMinistryDecisionDelegate;
import ru.edu.innovation.processes.application.ResubmitApplicationDelegate;
import ru.edu.innovation.processes.application.SignApplicationDelegate;
import ru.edu.innovation.processes.deadline.DeadlineProperties;
import ru.edu.innovation.processes.deadline.EscalateOverdueReviewDelegate;
import ru.edu.innovation.processes.deadline.RemindReviewerDelegate;
import ru.edu.innovation.processes.deadline.ReviewDeadlines;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.platform.region.BodyNameProperties;
import ru.edu.innovation.platform.region.BodyNames;
import ru.edu.innovation.platform.region.RegionProperties;
import ru.edu.innovation.platform.region.RegionProperties.Region;
import ru.edu.innovation.platform.region.RegionProperties.Territory;
import ru.edu.innovation.platform.region.Regions;
import ru.edu.innovation.processes.identity.TaskActors;
import ru.edu.innovation.processes.report.ResubmitReportDelegate;
import ru.edu.innovation.processes.report.ReviewReportDelegate;
import ru.edu.innovation.processes.report.SignReportDelegate;
import ru.edu.innovation.processes.stage.RequestStageCompletionDelegate;
import ru.edu.innovation.processes.stage.ReviewStageCompletionDelegate;
import ru.edu.innovation.processes.routing.ReviewRouting;
import ru.edu.innovation.processes.routing.RoutedHistoryReaders;
import ru.edu.innovation.processes.routing.RouteReviewListener;
import ru.edu.innovation.processes.routing.ReviewingInstituteChange;
import ru.edu.innovation.processes.start.ApprovalProcessStarter;
import ru.edu.innovation.processes.start.CaseFile;
import ru.edu.innovation.processes.start.ReportDocumentLinks;
import ru.edu.innovation.processes.start.ProjectHistory;
import ru.edu.innovation.processes.task.DecisionRounds;
import ru.edu.innovation.processes.task.RememberCompletedTaskListener;
import ru.edu.innovation.processes.task.TaskCommandGateway;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Runs the BPMN of the approval chains on an in-memory engine with the real delegates, listeners and
 * deadlines; Axon's command bus is a {@link RecordingCommandGateway} and the event store an
 * in-memory one holding the project's history. Processes are started the way production starts
 * them: by handing the stored event to {@link ApprovalProcessStarter}.
 */
public abstract class ApprovalProcessTest {

    protected static final String PROJECT_ID = "yaya-tochka-rosta-2023";
    protected static final String IMC_YAYA = "imc-yaya";
    /** «Now» of every process test: 15 June 2023, 10:00 in Kemerovo. */
    /** Where the reviewers' browsers reach the read side. */
    protected static final URI READ_SIDE = URI.create("https://read.example.org/");
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2023-06-15T03:00:00Z"), ZoneId.of("Asia/Novokuznetsk"));
    protected static final DeadlineProperties DEADLINES =
            new DeadlineProperties(Duration.ofDays(10), Duration.ofDays(15), Duration.ofDays(2), Duration.ofDays(10));
    protected static final MetaData SUBMITTED_THROUGH_API = MetaData.with(MetaDataKeys.USER_ID, "sikora")
            .and(MetaDataKeys.ROLE, "SCHOOL").and(MetaDataKeys.CORRELATION_ID, "corr-yaya-1");

    /** Two regions as the demo configures them: Kuzbass with Yaya and Mariinsk, Altai with Barnaul. */
    protected static final Regions REGIONS = new Regions(new RegionProperties(List.of(
            new Region("kuzbass", "Кузбасс", List.of("iro-kuzbass", "kripkipro", "minobr-kuzbass"), List.of(
                    new Territory("yaya", "Яйский муниципальный округ", List.of(IMC_YAYA, "uo-yaya")),
                    new Territory("mariinsk", "Мариинский муниципальный округ",
                            List.of("school-12-mariinsk", "imc-mariinsk", "uo-mariinsk")))),
            new Region("altai", "Алтайский край", List.of("airo-altai", "minobr-altai"), List.of(
                    new Territory("barnaul", "город Барнаул", List.of("school-barnaul", "imc-barnaul", "komitet-barnaul")))))));

    /** The bodies' names in the forms' cases, as the demo configures them; Altai's committee without cases. */
    protected static final BodyNames BODY_NAMES = new BodyNames(new BodyNameProperties(List.of(
            body("iro-kuzbass", "ГОУ ДПО «Институт развития образования Кузбасса»", "Института развития образования Кузбасса",
                    "Институт развития образования Кузбасса", "Институте развития образования Кузбасса"),
            body("kripkipro", "КРИПКиПРО", "КРИПКиПРО", "КРИПКиПРО", "КРИПКиПРО"),
            body("minobr-kuzbass", "Министерство образования Кузбасса", "министерства образования Кузбасса",
                    "министерство образования Кузбасса", "министерстве образования Кузбасса"),
            body("imc-mariinsk", "МБУ «Информационно-методический центр» Мариинского муниципального округа",
                    "информационно-методического центра Мариинского округа",
                    "информационно-методический центр Мариинского округа",
                    "информационно-методическом центре Мариинского округа"),
            body("uo-mariinsk", "Управление образования администрации Мариинского муниципального округа",
                    "управления образования Мариинского округа", "управление образования Мариинского округа",
                    "управлении образования Мариинского округа"),
            new BodyNameProperties.Body("komitet-barnaul", "Комитет по образованию города Барнаула", null))));

    private static BodyNameProperties.Body body(String id, String name, String genitive, String accusative,
                                                String prepositional) {
        return new BodyNameProperties.Body(id, name, new BodyNameProperties.NameCases(genitive, accusative, prepositional));
    }

    @RegisterExtension
    static ProcessEngineExtension engine = new SharedProcessEngineExtension();

    protected ProcessEngine processEngine;
    protected RecordingCommandGateway commands;
    protected EmbeddedEventStore eventStore;
    protected ApprovalProcessStarter starter;
    protected ReviewingInstituteChange instituteChange;
    protected ReviewRouting routing;
    protected RoutedHistoryReaders historyReaders;
    private String routingTable;
    private long sequence;

    @BeforeEach
    void setUpProcesses() {
        processEngine = engine.getProcessEngine();
        init(processEngine);
        commands = new RecordingCommandGateway();
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        ProjectHistory history = new ProjectHistory(eventStore);
        historyReaders = new RoutedHistoryReaders(processEngine.getAuthorizationService());
        routing = new ReviewRouting(history, REGIONS, BODY_NAMES, historyReaders);
        TaskCommandGateway gateway = new TaskCommandGateway(commands,
                new TaskActors(processEngine.getIdentityService()), Optional.empty(), routing);
        Mocks.register("rememberCompletedTask", new RememberCompletedTaskListener());
        Mocks.register("deadlines", new ReviewDeadlines(DEADLINES, CLOCK));
        Mocks.register("decisionRounds", new DecisionRounds(CLOCK));
        Mocks.register("caseFile", new CaseFile(history, new ReportDocumentLinks(READ_SIDE)));
        Mocks.register("signApplicationDelegate", new SignApplicationDelegate(gateway));
        Mocks.register("recordExpertDecisionDelegate", new RecordExpertDecisionDelegate(gateway));
        Mocks.register("recordMinistryDecisionDelegate", new RecordMinistryDecisionDelegate(gateway, history, CLOCK));
        Mocks.register("resubmitApplicationDelegate", new ResubmitApplicationDelegate(gateway));
        Mocks.register("signReportDelegate", new SignReportDelegate(gateway));
        Mocks.register("reviewReportDelegate", new ReviewReportDelegate(gateway));
        Mocks.register("resubmitReportDelegate", new ResubmitReportDelegate(gateway, history));
        Mocks.register("reviewStageCompletionDelegate", new ReviewStageCompletionDelegate(gateway));
        Mocks.register("requestStageCompletionDelegate", new RequestStageCompletionDelegate(gateway));
        Mocks.register("remindReviewerDelegate", new RemindReviewerDelegate());
        Mocks.register("routing", routing);
        Mocks.register("routeReview", new RouteReviewListener(routing));
        Mocks.register("escalateOverdueReviewDelegate", new EscalateOverdueReviewDelegate(gateway, routing));
        starter = new ApprovalProcessStarter(processEngine.getRuntimeService(), history);
        instituteChange = new ReviewingInstituteChange(processEngine.getTaskService(), processEngine.getAuthorizationService(),
                routing, historyReaders);
        createIdentities();
        routingTable = processEngine.getRepositoryService().createDeployment()
                .addClasspathResource("bpmn/review-routing.dmn").deploy().getId();
    }

    @AfterEach
    void tearDownProcesses() {
        processEngine.getRepositoryService().deleteDeployment(routingTable, true);
        Mocks.reset();
        IdentityService identity = processEngine.getIdentityService();
        identity.clearAuthentication();
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
        identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
    }

    /** Stores {@code payload} as the project's next event, as the aggregate would. */
    protected void stored(Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("InnovationProject", PROJECT_ID, sequence++, payload));
    }

    /** Completes {@code task} as {@code userId} logged in to Tasklist, with the form's values. */
    protected void completeAs(String userId, Task task, Map<String, Object> formValues) {
        IdentityService identity = processEngine.getIdentityService();
        identity.setAuthenticatedUserId(userId);
        try {
            processEngine.getTaskService().complete(task.getId(), formValues);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Due dates of review tasks entered from now on are counted from {@code now}, as if that much time passed. */
    protected void deadlinesCountedFrom(Instant now) {
        Mocks.register("deadlines", new ReviewDeadlines(DEADLINES, Clock.fixed(now, CLOCK.getZone())));
    }

    /** Metadata of an event the school caused through the REST API: no process instance in it. */
    protected static MetaData throughApi(String userId, String correlationId) {
        return MetaData.with(MetaDataKeys.USER_ID, userId).and(MetaDataKeys.ROLE, "SCHOOL")
                .and(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA).and(MetaDataKeys.CORRELATION_ID, correlationId);
    }

    /** Metadata of an event caused by a command a task of {@code processInstance} sent. */
    protected static MetaData causedBy(ProcessInstance processInstance, String userId) {
        return MetaData.with(MetaDataKeys.USER_ID, userId).and(MetaDataKeys.ROLE, "SCHOOL")
                .and(MetaDataKeys.PROCESS_INSTANCE_ID, processInstance.getId())
                .and(MetaDataKeys.CORRELATION_ID, "corr-yaya-1");
    }

    protected long instancesOf(String processKey) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
    }

    protected ProcessInstance processOf(String businessKey) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    /**
     * The extension lives in a static field of this base class, so every test class shares it. JUnit calls its
     * {@code afterAll} after each class, which drops the engine's configuration while keeping the engine, and
     * the next class would then fail in {@code afterTestExecution}; the cached in-memory engine is simply kept.
     */
    private static final class SharedProcessEngineExtension extends ProcessEngineExtension {
        @Override
        public void afterAll(ExtensionContext context) {
            // keep the services for the next test class
        }
    }

    private void createIdentities() {
        group(IMC_YAYA, IdentityGroups.ORGANIZATION_TYPE);
        group("iro-kuzbass", IdentityGroups.ORGANIZATION_TYPE);
        group("kripkipro", IdentityGroups.ORGANIZATION_TYPE);
        group(IdentityGroups.instituteSupervisors("iro-kuzbass"), IdentityGroups.ROLE_TYPE);
        group(IdentityGroups.instituteSupervisors("kripkipro"), IdentityGroups.ROLE_TYPE);
        group("minobr-kuzbass", IdentityGroups.ORGANIZATION_TYPE);
        group("minobr-kuzbass-supervisor", IdentityGroups.ROLE_TYPE);
        group(IdentityGroups.instituteDirectorate("kripkipro"), IdentityGroups.ROLE_TYPE);
        group(IdentityGroups.instituteDirectorate("iro-kuzbass"), IdentityGroups.ROLE_TYPE);
        group("school-12-mariinsk", IdentityGroups.ORGANIZATION_TYPE);
        group("imc-mariinsk", IdentityGroups.ORGANIZATION_TYPE);
        group("uo-mariinsk", IdentityGroups.ORGANIZATION_TYPE);
        group("imc-mariinsk-supervisor", IdentityGroups.ROLE_TYPE);
        group("uo-mariinsk-supervisor", IdentityGroups.ROLE_TYPE);
        group("school-barnaul", IdentityGroups.ORGANIZATION_TYPE);
        group("airo-altai", IdentityGroups.ORGANIZATION_TYPE);
        group("minobr-altai", IdentityGroups.ORGANIZATION_TYPE);
        group("imc-barnaul", IdentityGroups.ORGANIZATION_TYPE);
        group("komitet-barnaul", IdentityGroups.ORGANIZATION_TYPE);
        group("school", IdentityGroups.ROLE_TYPE);
        group("institute", IdentityGroups.ROLE_TYPE);
        group("ministry", IdentityGroups.ROLE_TYPE);
        group(IdentityGroups.INSTITUTE_SUPERVISORS, IdentityGroups.ROLE_TYPE);
        group(IdentityGroups.MINISTRY_SUPERVISORS, IdentityGroups.ROLE_TYPE);
        user("tikhomirova", IMC_YAYA, "school");
        user("sikora", IMC_YAYA, "school");
        user("panina", "iro-kuzbass", "institute");
        user("krasnoshlykova", "kripkipro", "institute");
        user("minobr", "minobr-kuzbass", "ministry");
        user("head.iro", "iro-kuzbass", IdentityGroups.INSTITUTE_SUPERVISORS);
        user("head.minobr", "minobr-kuzbass", IdentityGroups.MINISTRY_SUPERVISORS);
        processEngine.getIdentityService().createMembership("head.minobr", "minobr-kuzbass-supervisor");
        user("kartashova", "school-12-mariinsk", "school");
        user("abdulkhakova", "school-12-mariinsk", "school");
        user("rector-kripkipro", IdentityGroups.instituteDirectorate("kripkipro"), "ministry");
        user("metodist-mariinsk", "imc-mariinsk", "institute");
        user("uo-mariinsk-head", "uo-mariinsk", "ministry");
        user("director-barnaul", "school-barnaul", "school");
        user("expert-altai", "airo-altai", "institute");
        user("minobr-altai-spec", "minobr-altai", "ministry");
        user("metodist-barnaul", "imc-barnaul", "institute");
        user("komitet-barnaul-head", "komitet-barnaul", "ministry");
    }

    private void group(String id, String type) {
        Group group = processEngine.getIdentityService().newGroup(id);
        group.setType(type);
        processEngine.getIdentityService().saveGroup(group);
    }

    private void user(String id, String organization, String roleGroup) {
        IdentityService identity = processEngine.getIdentityService();
        User user = identity.newUser(id);
        identity.saveUser(user);
        identity.createMembership(id, organization);
        identity.createMembership(id, roleGroup);
    }
}
