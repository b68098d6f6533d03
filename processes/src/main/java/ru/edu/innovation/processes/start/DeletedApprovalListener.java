package ru.edu.innovation.processes.start;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.review.RecordApprovalCancelledCommand;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.task.ProcessTarget;
import ru.edu.innovation.processes.task.TaskCommandGateway;

import java.util.Set;

/**
 * An approval chain deleted from outside (Cockpit, the engine's REST API) would leave its project
 * waiting for a decision nobody can take. The engine's history event of the deletion, published
 * inside the deleting command, records the cancellation in the project, which gives the item back
 * to the school. History events come even when the deletion skips custom listeners.
 */
@Component
public class DeletedApprovalListener {

    private static final Logger log = LoggerFactory.getLogger(DeletedApprovalListener.class);
    private static final Set<String> APPROVAL_PROCESSES = Set.of(ApprovalProcesses.APPLICATION_PROCESS,
            ApprovalProcesses.REPORT_PROCESS, ApprovalProcesses.STAGE_PROCESS);

    private final TaskCommandGateway commands;

    public DeletedApprovalListener(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @EventListener
    public void on(HistoricProcessInstanceEventEntity event) {
        if (!HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(event.getEventType())
                || !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(event.getState())
                || !APPROVAL_PROCESSES.contains(event.getProcessDefinitionKey())) {
            return;
        }
        ProcessTarget target = ProcessTarget.parse(event.getBusinessKey());
        String itemId = target.itemId().isEmpty() ? null : target.itemId();
        commands.sendForDeletedProcess(event.getProcessInstanceId(), new RecordApprovalCancelledCommand(
                target.projectId(), target.reviewedItem(), itemId, event.getProcessInstanceId()));
        log.warn("Approval process {} of {} was deleted ({}); the item is back with the school",
                event.getProcessInstanceId(), event.getBusinessKey(), event.getDeleteReason());
    }
}
