package ru.edu.innovation.command.project;

/** The actor may not act on this project: a foreign organization or a role that has no say in this step. */
public class ProjectAccessDeniedException extends RuntimeException {

    public ProjectAccessDeniedException(String message) {
        super(message);
    }
}
