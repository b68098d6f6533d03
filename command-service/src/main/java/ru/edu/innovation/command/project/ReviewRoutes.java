package ru.edu.innovation.command.project;

import ru.edu.innovation.api.common.StatusLevel;

import java.util.Optional;

/**
 * Who reviews a project's application, as the routing table of the approval chains says: whether the
 * project has a route at all (its level, region and territory), and whether the institute the school
 * names reviews it. A project with no route is refused before its chain would fail to start.
 */
public interface ReviewRoutes {

    /** The route of an application of {@code level} led by {@code leadOrganizationId}, or empty when there is none. */
    Optional<Route> application(StatusLevel level, String leadOrganizationId);

    /** The region an organization belongs to, or empty for one of no configured region. */
    Optional<String> regionOf(String organizationId);

    /** {@code reviewedByChosenInstitute}: the school names the institute that reviews (regional and support sites). */
    record Route(String region, boolean reviewedByChosenInstitute) {
    }
}
