package ru.edu.innovation.processes.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.project.SignApplicationCommand;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;
import ru.edu.innovation.processes.task.TaskRefusedException;

/** The leader signed the application in Tasklist. */
@Component
public class SignApplicationDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;

    public SignApplicationDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!TaskInput.confirmed(execution, ApprovalProcesses.SIGNATURE_CONFIRMED)) {
            throw new TaskRefusedException("Подтвердите, что заявка подписана руководителем организации");
        }
        commands.sendForCompletedTask(execution, Role.SCHOOL, new SignApplicationCommand(TaskInput.projectId(execution)));
    }
}
