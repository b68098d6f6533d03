package ru.edu.innovation.command.feed;

import org.axonframework.serialization.Revision;

/**
 * Names of a stored event on the feed: {@code ReportSubmittedEvent} at revision 1 is the CloudEvents
 * type {@code ru.edu.innovation.ReportSubmitted.v1} with the schema {@code ReportSubmitted.v1.json}.
 */
public final class EventTypes {

    private static final String PREFIX = "ru.edu.innovation.";

    private EventTypes() {
    }

    public static String cloudEventType(Class<?> eventClass) {
        return PREFIX + versionedName(eventClass);
    }

    public static String schemaFile(Class<?> eventClass) {
        return versionedName(eventClass) + ".json";
    }

    /** {@code ReportSubmitted.v1}: the class name without «Event», and the payload revision. */
    public static String versionedName(Class<?> eventClass) {
        String name = eventClass.getSimpleName();
        if (name.endsWith("Event")) {
            name = name.substring(0, name.length() - "Event".length());
        }
        return name + ".v" + revision(eventClass);
    }

    private static String revision(Class<?> eventClass) {
        Revision revision = eventClass.getAnnotation(Revision.class);
        return revision == null ? "0" : revision.value();
    }
}
