package ru.edu.innovation.processes.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.processes.start.ProjectHistory;

import java.util.Optional;

/**
 * Who takes a review task of a project, used by the BPMN as
 * {@code ${routing.instituteReviewers(execution)}}: the group of the project's reviewing institute, read
 * from the project's events (the business key names the project; no process variable a user could
 * set chooses it). A project stored before institutes were named goes to the shared {@code institute}
 * group, as it did then.
 */
@Component("routing")
public class ReviewRouting {

    private final ProjectHistory history;

    public ReviewRouting(ProjectHistory history) {
        this.history = history;
    }

    public String instituteReviewers(DelegateExecution execution) {
        return institute(execution).map(IdentityGroups::instituteReviewers)
                .orElse(IdentityGroups.reviewersOf(ReviewLevel.INSTITUTE));
    }

    /** Where an overdue review at {@code level} is escalated: the reviewing institute's supervisors, or the ministry's. */
    public String supervisors(ReviewLevel level, DelegateExecution execution) {
        if (level == ReviewLevel.MINISTRY) {
            return IdentityGroups.supervisorsOf(level);
        }
        return institute(execution).map(IdentityGroups::instituteSupervisors)
                .orElse(IdentityGroups.supervisorsOf(level));
    }

    private Optional<String> institute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        int slash = businessKey.indexOf('/');
        return history.reviewingInstitute(slash < 0 ? businessKey : businessKey.substring(0, slash));
    }
}
