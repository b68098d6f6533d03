package ru.edu.innovation.processes.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shortly before a review is due: the task rises to the top of the reviewers' Tasklist (priority)
 * and gets today's follow-up date, which Tasklist highlights and filters on.
 */
@Component
public class RemindReviewerDelegate implements JavaDelegate {

    public static final int REMINDED_PRIORITY = 75;
    private static final Logger log = LoggerFactory.getLogger(RemindReviewerDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        ReviewTasks.of(execution).ifPresent(task -> {
            task.setPriority(Math.max(task.getPriority(), REMINDED_PRIORITY));
            task.setFollowUpDate(ClockUtil.getCurrentTime());
            execution.getProcessEngineServices().getTaskService().saveTask(task);
            log.info("Reminded the reviewers of «{}» (task {}), due at {}", task.getName(), task.getId(), task.getDueDate());
        });
    }
}
