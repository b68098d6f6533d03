package ru.edu.innovation.processes.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.RecordMinistryDecisionCommand;
import ru.edu.innovation.api.status.AssignStatusCommand;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.start.ProjectHistory;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The ministry's decision on the application: approval is the order that assigns the status (the
 * level applied for); a return or a rejection is recorded with its conclusion.
 */
@Component
public class RecordMinistryDecisionDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;
    private final ProjectHistory history;
    private final ZoneId zone;

    public RecordMinistryDecisionDelegate(TaskCommandGateway commands, ProjectHistory history, Clock clock) {
        this.commands = commands;
        this.history = history;
        this.zone = clock.getZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String projectId = TaskInput.projectId(execution);
        ReviewDecision decision = TaskInput.decision(execution, ApprovalProcesses.MINISTRY_DECISION);
        if (decision == ReviewDecision.APPROVE) {
            commands.sendForCompletedTask(execution, Role.MINISTRY,
                    new AssignStatusCommand(projectId, order(execution, projectId)));
            return;
        }
        Review review = TaskInput.review(execution, ReviewLevel.MINISTRY);
        commands.sendForCompletedTask(execution, Role.MINISTRY, new RecordMinistryDecisionCommand(projectId, review));
        TaskInput.rememberReturn(execution, ReviewLevel.MINISTRY, review);
    }

    private StatusOrder order(DelegateExecution execution, String projectId) {
        String number = TaskInput.required(execution, ApprovalProcesses.ORDER_NUMBER, "номер приказа");
        LocalDate orderDate = TaskInput.date(execution, ApprovalProcesses.ORDER_DATE, "дата приказа", zone);
        LocalDate validFrom = TaskInput.date(execution, ApprovalProcesses.VALID_FROM, "статус действует с", zone);
        LocalDate validTo = TaskInput.date(execution, ApprovalProcesses.VALID_TO, "статус действует по", zone);
        // The level applied for, as the project's history has it: a process variable could be overwritten.
        StatusLevel level = history.details(projectId).levelAppliedFor();
        return new StatusOrder(level, number, orderDate, validFrom, validTo);
    }
}
