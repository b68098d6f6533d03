package ru.edu.innovation.processes.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * On completion of a user task, remembers who completed it and which task it was for the service
 * task that follows and sends the command. Exceptions from task listeners reach the reviewer wrapped
 * in engine messages, so the command is sent by that service task, not here. The variables are
 * transient: they live only in the transaction of the completion.
 */
@Component("rememberCompletedTask")
public class RememberCompletedTaskListener implements TaskListener {

    public static final String COMPLETED_TASK_ID = "completedTaskId";
    public static final String COMPLETED_BY = "completedBy";

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String userId = authentication != null ? authentication.getUserId() : task.getAssignee();
        var processInstance = task.getExecution().getProcessInstance();
        processInstance.setVariableLocal(COMPLETED_TASK_ID, Variables.stringValue(task.getId(), true));
        if (userId != null) {
            processInstance.setVariableLocal(COMPLETED_BY, Variables.stringValue(userId, true));
        }
    }
}
