package ru.edu.innovation.command.kernel;

/** Only the project's leader, or the deputy named in the application, signs what the school submits. */
public class NotProjectSignatoryException extends ProjectAccessDeniedException {

    public NotProjectSignatoryException(String message) {
        super(message);
    }
}
