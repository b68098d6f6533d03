package ru.edu.innovation.processes.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;

/**
 * The school finished revising its returned application (edited through the API) and submits it again,
 * to the institute named before (naming another one is done through the API's submission).
 */
@Component
public class ResubmitApplicationDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;

    public ResubmitApplicationDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendForCompletedTask(execution, Role.SCHOOL, new SubmitApplicationCommand(TaskInput.projectId(execution), null));
    }
}
