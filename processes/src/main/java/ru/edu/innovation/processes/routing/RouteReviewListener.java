package ru.edu.innovation.processes.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start listener of the three chains, {@code ${routeReview}}: a delegate rather than an expression,
 * so that a chain without a route fails with {@link NoRouteException} itself (409), not wrapped in the
 * expression language's error.
 */
@Component("routeReview")
public class RouteReviewListener implements ExecutionListener {

    private final ReviewRouting routing;

    public RouteReviewListener(ReviewRouting routing) {
        this.routing = routing;
    }

    @Override
    public void notify(DelegateExecution execution) {
        routing.route(execution);
    }
}
