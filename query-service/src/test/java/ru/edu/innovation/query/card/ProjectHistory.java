package ru.edu.innovation.query.card;

import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.StatusAssignedEvent;

import java.time.Duration;
import java.time.Instant;

import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * A project's stream for tests of the read views: events are folded into a card in order, each
 * with the next sequence number, a moment an hour after the one before, and the actor and process
 * task set last, as the projection would see them.
 */
public final class ProjectHistory {

    public static final String PROJECT_ID = "yaya-network";
    public static final Instant START = Instant.parse("2022-09-01T03:00:00Z");

    private final ProjectCard card = new ProjectCard();
    private long sequence = -1;
    private Instant at = START;
    private String userId = "sikora";
    private Role role = Role.SCHOOL;
    private String processInstanceId;
    private String taskId;

    private ProjectHistory() {
    }

    /** Seed 004's network project, registered as a draft by its coordinator. */
    public static ProjectHistory yayaDraft() {
        return draft(yayaNetworkProject());
    }

    public static ProjectHistory draft(ProjectDetails details) {
        return new ProjectHistory().then(new ProjectDraftRegisteredEvent(PROJECT_ID, details));
    }

    /**
     * Seed 004's project through the approval chain up to order №2469 (seed 000's title page),
     * with its first stage started.
     */
    public static ProjectHistory yayaActive() {
        return yayaDraft()
                .then(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, "imc-yaya", "sikora"))
                .by("tikhomirova", Role.SCHOOL).inTask("pi-application", "task-sign")
                .then(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"))
                .by("panina", Role.INSTITUTE).inTask("pi-application", "task-institute")
                .then(new ExpertDecisionRecordedEvent(PROJECT_ID, approve("Соответствует требованиям"), "panina"))
                .by("minobr", Role.MINISTRY).inTask("pi-application", "task-ministry")
                .then(new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "minobr", DecidingAct.MINISTRY_ORDER, "minobr-kuzbass"))
                .then(new StageStartedEvent(PROJECT_ID, 1, "Подготовительный этап"))
                .by("sikora", Role.SCHOOL);
    }

    public static Review approve(String conclusion) {
        return new Review(ReviewDecision.APPROVE, conclusion);
    }

    public static Review returnForRevision(String conclusion) {
        return new Review(ReviewDecision.RETURN_FOR_REVISION, conclusion);
    }

    public static Review reject(String conclusion) {
        return new Review(ReviewDecision.REJECT, conclusion);
    }

    public static Role roleOf(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? Role.INSTITUTE : Role.MINISTRY;
    }

    /** Whoever acts next; a step taken outside a process task clears the task. */
    public ProjectHistory by(String user, Role actingRole) {
        userId = user;
        role = actingRole;
        processInstanceId = null;
        taskId = null;
        return this;
    }

    public ProjectHistory inTask(String processInstance, String task) {
        processInstanceId = processInstance;
        taskId = task;
        return this;
    }

    public ProjectHistory then(Object event) {
        at = at.plus(Duration.ofHours(1));
        card.apply(event, new EventContext(++sequence, at, userId, role.name(), processInstanceId, taskId));
        return this;
    }

    /** The next events are recorded from {@code moment} on, an hour apart. */
    public ProjectHistory recordedFrom(Instant moment) {
        at = moment.minus(Duration.ofHours(1));
        return this;
    }

    /** The moment of the last event applied. */
    public Instant lastAt() {
        return at;
    }

    public ProjectCard card() {
        return card;
    }
}
