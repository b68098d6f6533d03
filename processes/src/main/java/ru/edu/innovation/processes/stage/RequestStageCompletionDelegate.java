package ru.edu.innovation.processes.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;
import ru.edu.innovation.processes.task.TaskRefusedException;

/** The coordinator revised the account of a returned stage and requests its completion again. */
@Component
public class RequestStageCompletionDelegate implements JavaDelegate {

    private static final int MAX_SUMMARY = 4000;

    private final TaskCommandGateway commands;

    public RequestStageCompletionDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String summary = TaskInput.required(execution, ApprovalProcesses.SUMMARY, "отчёт о результатах этапа");
        if (summary.length() > MAX_SUMMARY) {
            throw new TaskRefusedException("Отчёт о результатах этапа длиннее " + MAX_SUMMARY + " знаков");
        }
        commands.sendForCompletedTask(execution, Role.SCHOOL, new RequestStageCompletionCommand(
                TaskInput.projectId(execution), StageNumbers.of(execution), new StageCompletionRequest(summary)));
    }
}
