package ru.edu.innovation.processes.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.processes.start.ProjectHistory;
import ru.edu.innovation.processes.task.ProcessTarget;
import ru.edu.innovation.processes.task.TaskCommandGateway;

/**
 * The school answered the remarks without changing the text and resubmits the report as it stands.
 * A corrected text goes through the API's resubmission, which moves the process on by itself.
 */
@Component
public class ResubmitReportDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;
    private final ProjectHistory history;

    public ResubmitReportDelegate(TaskCommandGateway commands, ProjectHistory history) {
        this.commands = commands;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessTarget target = ProcessTarget.of(execution);
        String projectId = target.projectId();
        String reportId = target.requireReportId();
        commands.sendForCompletedTask(execution, Role.SCHOOL,
                new ResubmitReportCommand(projectId, reportId, history.currentSections(projectId, reportId)));
    }
}
