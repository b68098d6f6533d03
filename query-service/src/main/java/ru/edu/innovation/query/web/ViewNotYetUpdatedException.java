package ru.edu.innovation.query.web;

/** A client asked to read at least a version of a project that the views have not reached in time. */
public class ViewNotYetUpdatedException extends RuntimeException {

    private final long requiredVersion;
    private final long currentVersion;

    public ViewNotYetUpdatedException(String projectId, long requiredVersion, long currentVersion) {
        super("Представление проекта " + projectId + " ещё не дошло до версии " + requiredVersion
                + " (сейчас " + currentVersion + "): повторите запрос через секунду");
        this.requiredVersion = requiredVersion;
        this.currentVersion = currentVersion;
    }

    public long requiredVersion() {
        return requiredVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
