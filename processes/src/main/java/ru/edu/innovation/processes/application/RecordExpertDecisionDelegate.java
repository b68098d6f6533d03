package ru.edu.innovation.processes.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.project.RecordExpertDecisionCommand;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;

/** The institute's expert review of the application. */
@Component
public class RecordExpertDecisionDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;

    public RecordExpertDecisionDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = TaskInput.review(execution, ReviewLevel.INSTITUTE);
        commands.sendForCompletedTask(execution, Role.INSTITUTE,
                new RecordExpertDecisionCommand(TaskInput.projectId(execution), review));
        TaskInput.rememberReturn(execution, ReviewLevel.INSTITUTE, review);
    }
}
