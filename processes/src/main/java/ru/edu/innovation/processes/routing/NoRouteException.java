package ru.edu.innovation.processes.routing;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Nobody reviews the item: a federal site (its procedure runs in the federal system), a region or
 * territory without configured bodies, or a chosen institute missing where the route needs one. Thrown
 * while the chain starts, it undoes the command that asked for it; the APIs answer 409 {@value #CODE}.
 */
public class NoRouteException extends RestException {

    public static final String CODE = "NO_REVIEW_ROUTE";

    public NoRouteException(String message) {
        super(Response.Status.CONFLICT, message);
    }
}
