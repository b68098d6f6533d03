package ru.edu.innovation.processes.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.processes.task.ProcessTarget;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;

/**
 * A report review at the level named by the service task's {@code reviewLevel} input: the
 * institute's with the scientific consultant's conclusion, or the ministry's acceptance.
 */
@Component
public class ReviewReportDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;

    public ReviewReportDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessTarget target = ProcessTarget.of(execution);
        ReviewLevel level = TaskInput.level(execution);
        Review review = TaskInput.review(execution, level);
        commands.sendForCompletedTask(execution, level == ReviewLevel.INSTITUTE ? Role.INSTITUTE : Role.MINISTRY,
                new ReviewReportCommand(target.projectId(), target.requireReportId(), level, review));
        TaskInput.rememberReturn(execution, level, review);
    }
}
