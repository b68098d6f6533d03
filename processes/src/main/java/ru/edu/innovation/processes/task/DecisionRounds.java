package ru.edu.innovation.processes.task;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The rounds of a review. A decision is kept in process variables that the next task's form would
 * show again, so each review task starts by removing the fields its reviewer fills in
 * ({@code ${decisionRounds.startRound('INSTITUTE', execution)}} as the task's start listener), and
 * every recorded decision is added, with who and when, to the read-only {@value #PAST_DECISIONS}
 * the later rounds' forms show ({@code ${decisionRounds.record('INSTITUTE', execution)}} as the end
 * listener of the service task that recorded it).
 */
@Component("decisionRounds")
public class DecisionRounds {

    public static final String PAST_DECISIONS = "pastDecisions";
    /** Camunda keeps a string variable in a 4000-character column. */
    static final int MAX_TEXT = 3900;
    private static final String CUT = "\n… более ранние решения — в истории проекта.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static final List<String> INSTITUTE_FIELDS = List.of(
            ApprovalProcesses.INSTITUTE_DECISION, ApprovalProcesses.INSTITUTE_CONCLUSION);
    private static final List<String> MINISTRY_FIELDS = List.of(
            ApprovalProcesses.MINISTRY_DECISION, ApprovalProcesses.MINISTRY_CONCLUSION,
            ApprovalProcesses.ORDER_NUMBER, ApprovalProcesses.ORDER_DATE,
            ApprovalProcesses.VALID_FROM, ApprovalProcesses.VALID_TO);

    private final Clock clock;

    public DecisionRounds(Clock clock) {
        this.clock = clock;
    }

    /** The decision fields of {@code level} start empty in each round. */
    public void startRound(String level, DelegateExecution execution) {
        fields(ReviewLevel.valueOf(level)).forEach(execution::removeVariable);
    }

    /** Adds the decision just recorded at {@code level}, newest first, to the past decisions. */
    public void record(String level, DelegateExecution execution) {
        ReviewLevel reviewLevel = ReviewLevel.valueOf(level);
        String decisionVariable = fields(reviewLevel).get(0);
        String conclusionVariable = fields(reviewLevel).get(1);
        ReviewDecision decision = ReviewDecision.valueOf((String) execution.getVariable(decisionVariable));
        Object conclusion = execution.getVariable(conclusionVariable);
        Object orderNumber = execution.getVariable(ApprovalProcesses.ORDER_NUMBER);

        StringBuilder entry = new StringBuilder()
                .append(WHEN.format(Instant.now(clock).atZone(clock.getZone())))
                .append(" — ").append(who(execution))
                .append(": ").append(label(decision));
        if (reviewLevel == ReviewLevel.MINISTRY && decision == ReviewDecision.APPROVE && orderNumber != null) {
            entry.append(", приказ № ").append(orderNumber);
        }
        if (conclusion != null && !conclusion.toString().isBlank()) {
            entry.append(".\n").append(conclusion.toString().strip());
        }
        Object earlier = execution.getVariable(PAST_DECISIONS);
        String all = earlier == null ? entry.toString() : entry + "\n\n" + earlier;
        if (all.length() > MAX_TEXT) {
            all = all.substring(0, MAX_TEXT - CUT.length()) + CUT;
        }
        execution.getProcessInstance().setVariable(PAST_DECISIONS, all);
    }

    private static List<String> fields(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? INSTITUTE_FIELDS : MINISTRY_FIELDS;
    }

    private static String label(ReviewDecision decision) {
        return switch (decision) {
            case APPROVE -> "одобрено";
            case RETURN_FOR_REVISION -> "возвращено на доработку";
            case REJECT -> "отклонено";
        };
    }

    /** «Панина Т. С., ГОУ ДПО «Институт развития образования Кузбасса»», or the login if unknown. */
    private static String who(DelegateExecution execution) {
        Object userId = execution.getVariable(RememberCompletedTaskListener.COMPLETED_BY);
        if (userId == null) {
            return "неизвестный пользователь";
        }
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            User user = identity.createUserQuery().userId(userId.toString()).singleResult();
            String name = user == null || user.getLastName() == null ? userId.toString()
                    : (user.getLastName() + " " + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
            String organization = identity.createGroupQuery().groupMember(userId.toString())
                    .groupType(IdentityGroups.ORGANIZATION_TYPE).list().stream()
                    .map(Group::getName).filter(groupName -> groupName != null && !groupName.isBlank())
                    .findFirst().orElse(null);
            return organization == null ? name : name + ", " + organization;
        });
    }
}
