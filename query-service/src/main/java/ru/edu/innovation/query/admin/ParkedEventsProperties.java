package ru.edu.innovation.query.admin;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many events the projections may park, under {@code innovation.projections.parked}: bounds that
 * keep a flood of bad events from growing the queue without end.
 *
 * @param maxProjects          projects with parked events, per projection
 * @param maxEventsPerProject  parked events of one project (its later events wait behind the first)
 */
@Validated
@ConfigurationProperties("innovation.projections.parked")
public record ParkedEventsProperties(@DefaultValue("100000") @Min(1) int maxProjects,
                                     @DefaultValue("1000000") @Min(1) int maxEventsPerProject) {
}
