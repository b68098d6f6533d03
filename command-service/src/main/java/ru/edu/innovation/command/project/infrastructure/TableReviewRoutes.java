package ru.edu.innovation.command.project.infrastructure;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.command.project.ReviewRoutes;
import ru.edu.innovation.platform.region.Place;
import ru.edu.innovation.platform.region.Regions;
import ru.edu.innovation.processes.routing.ReviewRoute;
import ru.edu.innovation.processes.routing.RouteTable;

import java.util.Optional;

/** The routes as the deployed routing table of the approval chains gives them, for the lead organization's place. */
@Component
public class TableReviewRoutes implements ReviewRoutes {

    private final DecisionService decisions;
    private final Regions regions;

    public TableReviewRoutes(DecisionService decisions, Regions regions) {
        this.decisions = decisions;
        this.regions = regions;
    }

    @Override
    public Optional<Route> application(StatusLevel level, String leadOrganizationId) {
        Optional<Place> place = regions.placeOf(leadOrganizationId);
        if (place.isEmpty() || level == StatusLevel.FEDERAL) {
            return Optional.empty();
        }
        return RouteTable.route(decisions, ReviewedItem.APPLICATION, level, place.get().region(), place.get().territory())
                .map(route -> new Route(place.get().region(), ReviewRoute.namesInstitute(route.reviewerGroup())));
    }

    @Override
    public Optional<String> regionOf(String organizationId) {
        return regions.placeOf(organizationId).map(Place::region);
    }
}
