package ru.edu.innovation.command.kernel;

import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.ReviewLevel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The project as its members (plan, indicators, reports, stages) see it: who may act on it, whether
 * it allows a change at all, and the few facts of the project a member's rule needs. A member's
 * command handler asks for it as a parameter; it is the aggregate root the member belongs to.
 */
public interface ProjectContext {

    String projectId();

    /** A user of the project's lead organization acting as the school; else {@link ProjectAccessDeniedException}. */
    void authorizeSchool(Actor actor);

    /**
     * A user of the project's lead organization, or of {@code organizationId} (a participant running its
     * sub-project), acting as the school; else {@link ProjectAccessDeniedException}.
     */
    void authorizeSchoolOrParticipant(Actor actor, String organizationId);

    /** The role that decides at {@code level}, and at the institute the institute that reviews this project. */
    void authorizeReviewer(Actor actor, ReviewLevel level);

    /** Not rejected, revoked or completed. */
    void requireOpen();

    /** Open, and with the status assigned: the project runs. */
    void requireRunning();

    /** The school's own work on its running project: who acts is checked first, then whether it runs. */
    default void admitSchoolWork(MetaData metaData) {
        authorizeSchool(Actor.from(metaData));
        requireRunning();
    }

    void requireInsideProject(LocalDate date, String what);

    void requireInsideProject(Period period, String what);

    /** The date of something already done: inside the project's period and not after today. */
    default void requireDoneWithinProject(LocalDate date, String what, Clock clock) {
        requireInsideProject(date, what);
        if (date.isAfter(LocalDate.now(clock))) {
            throw Refusals.violation("DATE_IN_FUTURE", what + " не может быть позже сегодняшнего дня");
        }
    }

    /** Whether the plan has the activity {@code activityId}. */
    boolean hasActivity(String activityId);

    /** The participant organization {@code organizationId} of the network, as the application names it. */
    Optional<Organization> participant(String organizationId);

    /** The organization that runs sub-project {@code subProjectId}, if the project has that sub-project. */
    Optional<String> subProjectOrganization(String subProjectId);

    /** The project's period of implementation as the application plans it. */
    Period period();

    /** How many tasks the application names. */
    int taskCount();

    /** Who signs what the school submits. */
    Signatories signatories();

    /** The number of the stage that runs now (0 before the status is assigned). */
    int currentStage();

    int stageCount();

    /** The name of stage {@code number} (1-based) as the application plans it. */
    String stageName(int number);

    /** The project's version after the events applied so far. */
    long version();
}
