package ru.edu.innovation.processes.task;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.identity.TaskActor;
import ru.edu.innovation.processes.identity.TaskActors;
import ru.edu.innovation.processes.routing.ReviewRouting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the command of a completed task through Axon, in the engine's transaction, on behalf of the
 * user who completed it, with the process instance and task in the metadata, and for a review or a
 * decision the body the chain's route names for the step, which the aggregate holds the user to. A refusal becomes a
 * {@link TaskRefusedException}, which rolls the completion back.
 */
@Component
public class TaskCommandGateway {

    private final CommandGateway commandGateway;
    private final TaskActors actors;
    private final Optional<CommandRefusals> refusals;
    private final ReviewRouting routing;

    public TaskCommandGateway(CommandGateway commandGateway, TaskActors actors, Optional<CommandRefusals> refusals,
                              ReviewRouting routing) {
        this.commandGateway = commandGateway;
        this.actors = actors;
        this.refusals = refusals;
        this.routing = routing;
    }

    /** Sends {@code command} as the user who just completed the task, acting in {@code stepRole}. */
    public void sendForCompletedTask(DelegateExecution execution, Role stepRole, Object command) {
        Object userId = execution.getVariable(RememberCompletedTaskListener.COMPLETED_BY);
        if (userId == null) {
            throw new TaskRefusedException("Задачу может завершить только вошедший в систему пользователь");
        }
        TaskActor actor = actors.resolve(userId.toString(), stepRole);
        Optional<String> routedBody = switch (stepRole) {
            case INSTITUTE -> routing.routedBody(ReviewLevel.INSTITUTE, execution);
            case MINISTRY -> routing.routedBody(ReviewLevel.MINISTRY, execution);
            default -> Optional.empty();
        };
        send(execution, actor, (String) execution.getVariable(RememberCompletedTaskListener.COMPLETED_TASK_ID),
                routedBody.orElse(null), command);
    }

    /** Sends {@code command} as the engine itself, e.g. when a deadline passes on {@code taskId}. */
    public void sendAsSystem(DelegateExecution execution, String taskId, Object command) {
        send(execution, TaskActor.system(), taskId, null, command);
    }

    /**
     * Sends {@code command} for a process instance that was just deleted from outside, as the user
     * who deleted it (the engine itself when nobody is logged in), from inside the deleting command.
     */
    public void sendForDeletedProcess(String processInstanceId, Object command) {
        String userId = Context.getCommandContext().getAuthenticatedUserId();
        TaskActor actor = userId == null ? TaskActor.system() : actors.resolve(userId, Role.ADMIN);
        send(actor, processInstanceId, null, null, null, command);
    }

    private void send(DelegateExecution execution, TaskActor actor, String taskId, String routedBody, Object command) {
        Object correlationId = execution.getVariable(ApprovalProcesses.CORRELATION_ID);
        send(actor, execution.getProcessInstanceId(), taskId, correlationId == null ? null : correlationId.toString(),
                routedBody, command);
    }

    private void send(TaskActor actor, String processInstanceId, String taskId, String correlationId,
                      String routedBody, Object command) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.USER_ID, actor.userId());
        metaData.put(MetaDataKeys.ROLE, actor.role().name());
        if (actor.organizationId() != null) {
            metaData.put(MetaDataKeys.ORGANIZATION_ID, actor.organizationId());
        }
        metaData.put(MetaDataKeys.PROCESS_INSTANCE_ID, processInstanceId);
        if (taskId != null) {
            metaData.put(MetaDataKeys.TASK_ID, taskId);
        }
        if (correlationId != null) {
            metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        }
        if (routedBody != null) {
            metaData.put(MetaDataKeys.ROUTED_BODY, routedBody);
        }
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
        } catch (RuntimeException failure) {
            // Without a classifier every failure is shown to the user as the reason of a refusal. With
            // one, a failure it does not know stays a failure: its message (an event store's, a
            // driver's) is no reason to show anybody.
            String reason = refusals.isPresent()
                    ? refusals.get().reasonFor(failure).orElse(null)
                    : failure.getMessage();
            if (reason == null) {
                throw failure;
            }
            throw new TaskRefusedException(reason, failure);
        }
    }
}
