package ru.edu.innovation.query.admin;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/parked-events} (and the overall health): OUT_OF_SERVICE while a projection holds parked events (how
 * many, and of how many projects), UP otherwise. Not part of readiness on purpose: the views go on
 * serving every other project, and one project's event must not take the service out of rotation;
 * the overall {@code /actuator/health} shows it for monitoring.
 */
@Component("parkedEventsHealthIndicator")
public class ParkedEventsHealth implements HealthIndicator {

    private final ParkedEvents parked;

    public ParkedEventsHealth(ParkedEvents parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        long count = parked.count();
        if (count == 0) {
            return Health.up().withDetail("parked", 0).build();
        }
        return Health.outOfService()
                .withDetail("parked", count)
                .withDetail("projects", parked.projectsByGroup())
                .withDetail("see", "/api/admin/parked-events")
                .build();
    }
}
