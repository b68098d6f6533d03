package ru.edu.innovation.processes.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.task.ProcessTarget;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;
import ru.edu.innovation.processes.task.TaskRefusedException;

/** The leader signed the report in Tasklist. */
@Component
public class SignReportDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;

    public SignReportDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!TaskInput.confirmed(execution, ApprovalProcesses.SIGNATURE_CONFIRMED)) {
            throw new TaskRefusedException("Подтвердите, что отчёт подписан руководителем организации");
        }
        ProcessTarget target = ProcessTarget.of(execution);
        commands.sendForCompletedTask(execution, Role.SCHOOL, new SignReportCommand(target.projectId(), target.requireReportId()));
    }
}
