package ru.edu.innovation.processes.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.platform.region.BodyNames;
import ru.edu.innovation.platform.region.Place;
import ru.edu.innovation.platform.region.Regions;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.start.ProjectHistory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who takes the tasks of a chain. When a chain starts, its listener {@code ${routeReview}} asks the
 * routing table ({@link RouteTable}) with the item, the project's level and its lead organization's region
 * and territory, all read from the project's events and the configuration (the business key names the
 * project; no process variable a user could set chooses them), and keeps the answer in the instance:
 * a chain completes along the route it started with. The user tasks then take their candidate groups
 * from {@code ${routing.reviewers(execution)}} and {@code ${routing.deciders(execution)}}, where a group
 * naming the chosen institute is resolved when the task is created, so that an institute named later
 * (or another one) is found. The routed bodies and their supervisors may read the chain's history
 * ({@link RoutedHistoryReaders}). Chains started before the routing table read {@link #instituteReviewers}
 * and the fixed {@code ministry} group, as they did then.
 */
@Component("routing")
public class ReviewRouting {

    /** What a chain keeps of its route, as process variables the engine-rest guard lets nobody write. */
    public static final String REVIEWER_GROUP = "reviewerGroup";
    public static final String DECIDER_GROUP = "deciderGroup";
    public static final String DECIDER_OF = "deciderOf";
    public static final String DECIDING_ACT = "decidingAct";
    public static final String REVIEW_TIME = "reviewTime";
    public static final String DECISION_TIME = "decisionTime";
    public static final String REGION = "region";
    public static final String TERRITORY = "territory";
    /**
     * The routed bodies named in the cases the forms need («Решение …», «направить в …», «Рассмотрение в …»);
     * the forms read the act from {@link #DECIDING_ACT} and fall back to the regional chain's bodies for a
     * chain started before these were kept.
     */
    public static final String REVIEWER_GENITIVE = "reviewerGenitive";
    public static final String REVIEWER_ACCUSATIVE = "reviewerAccusative";
    public static final String REVIEWER_PREPOSITIONAL = "reviewerPrepositional";
    public static final String DECIDER_GENITIVE = "deciderGenitive";
    public static final String DECIDER_ACCUSATIVE = "deciderAccusative";

    private final ProjectHistory history;
    private final Regions regions;
    private final BodyNames names;
    private final RoutedHistoryReaders historyReaders;

    public ReviewRouting(ProjectHistory history, Regions regions, BodyNames names, RoutedHistoryReaders historyReaders) {
        this.history = history;
        this.regions = regions;
        this.names = names;
        this.historyReaders = historyReaders;
    }

    /** Called by the chains' start listener ({@link RouteReviewListener}): finds the route, or refuses the chain (409) when there is none. */
    public void route(DelegateExecution execution) {
        String projectId = projectOf(execution);
        ProjectDetails details = history.details(projectId);
        StatusLevel level = details.levelAppliedFor();
        if (level == StatusLevel.FEDERAL) {
            throw new NoRouteException("Федеральная площадка учитывается в системе, а рассматривается в федеральной "
                    + "процедуре: маршрута согласования для неё нет");
        }
        String organization = details.leadOrganization().id();
        Place place = regions.placeOf(organization).orElseThrow(() -> new NoRouteException(
                "Организация «" + organization + "» не отнесена ни к одному региону и территории: "
                        + "администратор добавляет её в innovation.identity.regions"));
        ReviewedItem item = ReviewedItem.valueOf((String) execution.getVariable(ApprovalProcesses.REVIEWED_ITEM));
        ReviewRoute route = RouteTable.route(execution.getProcessEngineServices().getDecisionService(), item, level,
                place.region(), place.territory()).orElseThrow(() -> new NoRouteException(
                "Для площадки уровня " + level + " в регионе «" + place.region() + "»"
                        + place.territoryId().map(territory -> ", территория «" + territory + "»,").orElse("")
                        + " не указано, кто проводит экспертизу и кто принимает решение (таблица review-routing.dmn)"));
        execution.setVariable(REGION, place.region());
        execution.setVariable(TERRITORY, place.territory());
        execution.setVariable(REVIEWER_GROUP, route.reviewerGroup());
        execution.setVariable(DECIDER_GROUP, route.deciderGroup());
        execution.setVariable(DECIDER_OF, route.deciderOf());
        execution.setVariable(DECIDING_ACT, route.decidingAct().name());
        execution.setVariable(REVIEW_TIME, route.reviewTime().toString());
        execution.setVariable(DECISION_TIME, route.decisionTime().toString());
        nameReviewer(execution, resolve(route.reviewerGroup(), projectId));
        nameDecider(execution, resolve(route.deciderGroup(), projectId));
        historyReaders.grant(execution.getProcessInstanceId(),
                historyReadersOf(route.reviewerGroup(), route.deciderGroup(), execution.getProcessBusinessKey()));
    }

    /**
     * Who reads the history of a chain routed to these groups (as the route stores them, the chosen
     * institute not yet put in): the reviewing and deciding bodies and their supervisors.
     */
    public Set<String> historyReadersOf(String reviewerGroup, String deciderGroup, String businessKey) {
        String projectId = projectOf(businessKey);
        return RoutedHistoryReaders.withSupervisors(resolve(reviewerGroup, projectId), resolve(deciderGroup, projectId));
    }

    /** The group of the chain's review step; the forms name its body, the institute named by now included. */
    public String reviewers(DelegateExecution execution) {
        String group = resolve((String) execution.getVariable(REVIEWER_GROUP), projectOf(execution));
        nameReviewer(execution, group);
        return group;
    }

    /** The group of the chain's decision step; the forms name its body. */
    public String deciders(DelegateExecution execution) {
        String group = resolve((String) execution.getVariable(DECIDER_GROUP), projectOf(execution));
        nameDecider(execution, group);
        return group;
    }

    /** The reviewing body's names for the forms, as process variables; none for a group that is no configured body. */
    public Map<String, Object> reviewerNames(String group) {
        return names.of(group).<Map<String, Object>>map(name -> Map.of(REVIEWER_GENITIVE, name.genitive(),
                REVIEWER_ACCUSATIVE, name.accusative(), REVIEWER_PREPOSITIONAL, name.prepositional())).orElse(Map.of());
    }

    private void nameReviewer(VariableScope scope, String group) {
        scope.setVariables(reviewerNames(group));
    }

    private void nameDecider(VariableScope scope, String group) {
        names.of(group).ifPresent(name -> {
            scope.setVariable(DECIDER_GENITIVE, name.genitive());
            scope.setVariable(DECIDER_ACCUSATIVE, name.accusative());
        });
    }

    /**
     * The organization the chain's route names for the step at {@code level} (the institute's directorate
     * is its institute's), or empty for a chain started before the routing table or a group of a role.
     */
    public Optional<String> routedBody(ReviewLevel level, DelegateExecution execution) {
        Object group = execution.getVariable(level == ReviewLevel.INSTITUTE ? REVIEWER_GROUP : DECIDER_GROUP);
        if (group == null) {
            return Optional.empty();
        }
        String resolved = resolve((String) group, projectOf(execution));
        return IdentityGroups.roleOf(resolved).isPresent() ? Optional.empty() : Optional.of(IdentityGroups.bodyOf(resolved));
    }

    /** The review group of a chain started before the routing table: the reviewing institute, or the shared group. */
    public String instituteReviewers(DelegateExecution execution) {
        return history.reviewingInstitute(projectOf(execution)).map(IdentityGroups::instituteReviewers)
                .orElse(IdentityGroups.reviewersOf(ReviewLevel.INSTITUTE));
    }

    /** Where an overdue step at {@code level} is escalated: the supervisors of the body the step is routed to. */
    public String supervisors(ReviewLevel level, DelegateExecution execution) {
        String group = (String) execution.getVariable(level == ReviewLevel.INSTITUTE ? REVIEWER_GROUP : DECIDER_GROUP);
        if (group != null) {
            return IdentityGroups.supervisorsOfBody(resolve(group, projectOf(execution)));
        }
        if (level == ReviewLevel.MINISTRY) {
            return IdentityGroups.supervisorsOf(level);
        }
        return history.reviewingInstitute(projectOf(execution)).map(IdentityGroups::instituteSupervisors)
                .orElse(IdentityGroups.supervisorsOf(level));
    }

    /** Whether the chain's review step goes to the institute the school chose (a chain before routing always did). */
    public static boolean reviewedByChosenInstitute(VariableScope scope) {
        Object group = scope.getVariable(REVIEWER_GROUP);
        return group == null || ReviewRoute.namesInstitute((String) group);
    }

    /**
     * A group naming the chosen institute, with the institute put in. A project stored before institutes
     * were named has none: its reviews go to the shared institute group, as they did then; a decision of an
     * institute nobody chose has nobody to take it.
     */
    private String resolve(String group, String projectId) {
        if (!ReviewRoute.namesInstitute(group)) {
            return group;
        }
        Optional<String> institute = history.reviewingInstitute(projectId);
        if (institute.isPresent()) {
            return group.replace(ReviewRoute.INSTITUTE, institute.get());
        }
        if (group.equals(ReviewRoute.INSTITUTE)) {
            return IdentityGroups.reviewersOf(ReviewLevel.INSTITUTE);
        }
        throw new NoRouteException("Институт, проводящий экспертизу проекта, не выбран: его называет школа при подаче заявки");
    }

    private static String projectOf(DelegateExecution execution) {
        return projectOf(execution.getProcessBusinessKey());
    }

    private static String projectOf(String businessKey) {
        int slash = businessKey.indexOf('/');
        return slash < 0 ? businessKey : businessKey.substring(0, slash);
    }
}
