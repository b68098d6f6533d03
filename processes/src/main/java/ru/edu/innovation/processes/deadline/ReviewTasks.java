package ru.edu.innovation.processes.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.util.Optional;

final class ReviewTasks {

    private ReviewTasks() {
    }

    /** The open review task a deadline timer belongs to, named by the service task's {@code reviewTask} input. */
    static Optional<Task> of(DelegateExecution execution) {
        String taskKey = (String) execution.getVariable(ApprovalProcesses.REVIEW_TASK);
        return Optional.ofNullable(execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult());
    }
}
