package ru.edu.innovation.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Part of readiness: the service is ready once every projection has read the store up to the event
 * that was newest when it first asked, so a client (or the one-command launcher) that sees it ready
 * does not read views still being filled after a start on an existing store. Once reached it stays
 * up: later lag is reported by the lag gauge, not by taking the service out of rotation.
 */
@Component("projections")
public class ProjectionsCaughtUp implements HealthIndicator {

    private final ProcessorPositions positions;
    private volatile Long headAtStart;
    private volatile boolean caughtUp;

    public ProjectionsCaughtUp(ProcessorPositions positions) {
        this.positions = positions;
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        if (headAtStart == null) {
            headAtStart = positions.head().orElse(-1);
        }
        OptionalLong tail = positions.tail();
        long lowest = Long.MAX_VALUE;
        for (StreamingEventProcessor processor : positions.streamingProcessors().values()) {
            OptionalLong position = ProcessorPositions.lowestPosition(processor.processingStatus().values(),
                    tail.orElse(-1));
            if (position.isEmpty()) {
                return Health.outOfService().withDetail(processor.getName(), "no segment claimed yet").build();
            }
            lowest = Math.min(lowest, position.getAsLong());
        }
        if (lowest < headAtStart) {
            return Health.outOfService().withDetail("position", lowest).withDetail("headAtStart", headAtStart).build();
        }
        caughtUp = true;
        return Health.up().build();
    }
}
