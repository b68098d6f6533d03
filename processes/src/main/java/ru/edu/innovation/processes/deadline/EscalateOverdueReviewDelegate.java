package ru.edu.innovation.processes.deadline;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.review.RecordReviewOverdueCommand;
import ru.edu.innovation.processes.routing.ReviewRouting;
import ru.edu.innovation.processes.task.ProcessTarget;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskInput;

/**
 * A review passed its due date: the supervisors of that level (the reviewing institute's own, or the
 * ministry's) become candidates of the task too,
 * the task goes to the top of the list, and the project's history records the overdue review.
 */
@Component
public class EscalateOverdueReviewDelegate implements JavaDelegate {

    public static final int ESCALATED_PRIORITY = 100;
    private static final Logger log = LoggerFactory.getLogger(EscalateOverdueReviewDelegate.class);

    private final TaskCommandGateway commands;
    private final ReviewRouting routing;

    public EscalateOverdueReviewDelegate(TaskCommandGateway commands, ReviewRouting routing) {
        this.commands = commands;
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = ReviewTasks.of(execution).orElse(null);
        if (task == null) {
            return;
        }
        ReviewLevel level = TaskInput.level(execution);
        String supervisors = routing.supervisors(level, execution);
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        taskService.addCandidateGroup(task.getId(), supervisors);
        task.setPriority(ESCALATED_PRIORITY);
        taskService.saveTask(task);
        ProcessTarget target = ProcessTarget.of(execution);
        String itemId = target.itemId();
        commands.sendAsSystem(execution, task.getId(), new RecordReviewOverdueCommand(target.projectId(),
                target.reviewedItem(),
                itemId == null || itemId.isEmpty() ? null : itemId, level, task.getDueDate().toInstant(), supervisors));
        log.warn("Review overdue: «{}» (task {}) was due at {}; escalated to {}", task.getName(), task.getId(),
                task.getDueDate(), supervisors);
    }
}
