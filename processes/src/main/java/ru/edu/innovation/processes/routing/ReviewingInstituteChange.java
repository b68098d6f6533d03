package ru.edu.innovation.processes.routing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.processes.start.ApprovalProcessStarter;

import java.util.ArrayList;
import java.util.List;

/**
 * When the project gets another reviewing institute, its open institute review tasks (application,
 * report, stage completion) move to that institute's group, and an escalated one to that institute's
 * supervisors; a chain whose route has a fixed reviewer (a municipal site's methodological service) stays
 * where it is. The engine grants a candidate group its rights on the task and keeps them when the
 * group is removed, so those are revoked too, the chain's history moves with the task and the form names
 * the new institute. It runs with the process starter, in the transaction
 * that stores the event.
 */
@Component
@ProcessingGroup(ApprovalProcessStarter.PROCESSING_GROUP)
public class ReviewingInstituteChange {

    static final String INSTITUTE_REVIEW_TASK = "Task_InstituteReview";
    private static final Logger log = LoggerFactory.getLogger(ReviewingInstituteChange.class);

    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final ReviewRouting routing;
    private final RoutedHistoryReaders historyReaders;

    public ReviewingInstituteChange(TaskService taskService, AuthorizationService authorizationService,
                                    ReviewRouting routing, RoutedHistoryReaders historyReaders) {
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.routing = routing;
        this.historyReaders = historyReaders;
    }

    @EventHandler
    public void on(ReviewingInstituteAssignedEvent event) {
        List<Task> reviews = new ArrayList<>(taskService.createTaskQuery().taskDefinitionKey(INSTITUTE_REVIEW_TASK)
                .processInstanceBusinessKey(event.projectId()).list());
        reviews.addAll(taskService.createTaskQuery().taskDefinitionKey(INSTITUTE_REVIEW_TASK)
                .processInstanceBusinessKeyLike(event.projectId() + "/%").list());
        for (Task review : reviews) {
            Object routed = taskService.getVariable(review.getId(), ReviewRouting.REVIEWER_GROUP);
            if (routed != null && !ReviewRoute.namesInstitute((String) routed)) {
                continue;
            }
            String reviewers = routed == null ? IdentityGroups.instituteReviewers(event.instituteId())
                    : ((String) routed).replace(ReviewRoute.INSTITUTE, event.instituteId());
            boolean escalated = false;
            String previous = null;
            for (IdentityLink link : taskService.getIdentityLinksForTask(review.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    boolean supervisors = link.getGroupId().endsWith(IdentityGroups.SUPERVISORS_SUFFIX);
                    escalated |= supervisors;
                    previous = supervisors ? previous : link.getGroupId();
                    taskService.deleteCandidateGroup(review.getId(), link.getGroupId());
                    revokeTaskRights(review.getId(), link.getGroupId());
                }
            }
            taskService.addCandidateGroup(review.getId(), reviewers);
            if (routed != null) {
                taskService.setVariables(review.getId(), routing.reviewerNames(reviewers));
            }
            if (escalated) {
                taskService.addCandidateGroup(review.getId(), IdentityGroups.supervisorsOfBody(reviewers));
            }
            if (routed != null) {
                moveHistory(review, previous, event.instituteId(), reviewers);
            }
            log.info("«{}» (task {}) moved to the institute {}", review.getName(), review.getId(), event.instituteId());
        }
    }

    /**
     * The chain's history goes from the institute that had the review (and its directorate, where the route
     * has it decide) to the one that has it now; the route's other bodies keep theirs.
     */
    private void moveHistory(Task review, String previous, String instituteId, String reviewers) {
        String decider = (String) taskService.getVariable(review.getId(), ReviewRouting.DECIDER_GROUP);
        boolean institutesDecision = decider != null && ReviewRoute.namesInstitute(decider);
        if (previous != null) {
            historyReaders.revoke(review.getProcessInstanceId(), institutesDecision
                    ? RoutedHistoryReaders.withSupervisors(previous, decider.replace(ReviewRoute.INSTITUTE, previous))
                    : RoutedHistoryReaders.withSupervisors(previous));
        }
        historyReaders.grant(review.getProcessInstanceId(), institutesDecision
                ? RoutedHistoryReaders.withSupervisors(reviewers, decider.replace(ReviewRoute.INSTITUTE, instituteId))
                : RoutedHistoryReaders.withSupervisors(reviewers));
    }

    private void revokeTaskRights(String taskId, String groupId) {
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
                .groupIdIn(groupId).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }
}
