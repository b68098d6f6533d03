package ru.edu.innovation.command.kernel;

/** The actor may not act on this project: a foreign organization or a role that has no say in this step. */
public class ProjectAccessDeniedException extends RuntimeException {

    /** The general code; a refusal with a reason of its own carries a code of its own. */
    public static final String PROJECT_ACCESS_DENIED = "PROJECT_ACCESS_DENIED";

    private final String code;

    public ProjectAccessDeniedException(String message) {
        this(PROJECT_ACCESS_DENIED, message);
    }

    public ProjectAccessDeniedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
