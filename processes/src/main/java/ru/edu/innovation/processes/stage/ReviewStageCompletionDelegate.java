package ru.edu.innovation.processes.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;

/** A stage completion review at the level named by the service task's {@code reviewLevel} input. */
@Component
public class ReviewStageCompletionDelegate implements JavaDelegate {

    private final TaskCommandGateway commands;

    public ReviewStageCompletionDelegate(TaskCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewLevel level = TaskInput.level(execution);
        Review review = TaskInput.review(execution, level);
        commands.sendForCompletedTask(execution, level == ReviewLevel.INSTITUTE ? Role.INSTITUTE : Role.MINISTRY,
                new ReviewStageCompletionCommand(TaskInput.projectId(execution), StageNumbers.of(execution), level, review));
        TaskInput.rememberReturn(execution, level, review);
    }
}
