package ru.edu.innovation.command.kernel;

/** A command names a report, activity, indicator or stage the project does not have. */
public class UnknownProjectPartException extends RuntimeException {

    public UnknownProjectPartException(String message) {
        super(message);
    }
}
