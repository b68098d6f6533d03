package ru.edu.innovation.command.project;

import ru.edu.innovation.command.kernel.ProjectRuleViolationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application lacks what a review needs. {@code missing} names every missing field at once (its
 * path in the project's details, and its name as a person knows it), so the school fills them in
 * one go.
 */
public class ApplicationIncompleteException extends ProjectRuleViolationException {

    public static final String CODE = "APPLICATION_INCOMPLETE";

    private final Map<String, String> missing;

    public ApplicationIncompleteException(Map<String, String> missing) {
        super(CODE, "Заявку нельзя подать: не заполнено — " + String.join(", ", missing.values()));
        this.missing = new LinkedHashMap<>(missing);
    }

    /** Field path → its Russian name, in the order of the application form. */
    public Map<String, String> missing() {
        return Collections.unmodifiableMap(missing);
    }
}
