package ru.edu.innovation.processes.task;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The command a task completion sends was refused (a business rule, the reviewer's rights, missing
 * decision data). Thrown from the service task that follows the user task, it rolls the completion
 * back, so the task stays open; Camunda's REST API and Tasklist answer 409 with this message.
 */
public class TaskRefusedException extends RestException {

    public TaskRefusedException(String message) {
        super(Response.Status.CONFLICT, message);
    }

    public TaskRefusedException(String message, Throwable cause) {
        super(Response.Status.CONFLICT, cause instanceof Exception exception ? exception : null, message);
    }
}
