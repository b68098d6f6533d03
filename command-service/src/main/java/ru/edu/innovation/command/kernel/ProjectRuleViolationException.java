package ru.edu.innovation.command.kernel;

/**
 * A command broke a business rule of the project. {@code code} is stable and documented for
 * API clients; the message is for people.
 */
public class ProjectRuleViolationException extends RuntimeException {

    private final String code;

    public ProjectRuleViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
