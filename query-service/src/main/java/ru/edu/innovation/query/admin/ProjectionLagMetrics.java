package ru.edu.innovation.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * {@code innovation.projection.lag{processor}}: how many positions of the event store a projection
 * still has to read (head of the store minus the lowest position over its segments); 0 when it is
 * up to date, NaN while it works on no segment (e.g. shut down for a rebuild).
 */
@Component
public class ProjectionLagMetrics {

    public static final String LAG = "innovation.projection.lag";

    private final ProcessorPositions positions;
    private final MeterRegistry meters;

    public ProjectionLagMetrics(ProcessorPositions positions, MeterRegistry meters) {
        this.positions = positions;
        this.meters = meters;
    }

    /** The processors exist once Axon's configuration has started, so the gauges are registered then. */
    @EventListener(ApplicationStartedEvent.class)
    public void registerGauges() {
        positions.streamingProcessors().forEach((name, processor) ->
                Gauge.builder(LAG, processor, this::lag)
                        .tag("processor", name)
                        .description("Events of the store a projection has not read yet")
                        .register(meters));
    }

    private double lag(StreamingEventProcessor processor) {
        OptionalLong head = positions.head();
        if (head.isEmpty()) {
            return 0;
        }
        OptionalLong position = ProcessorPositions.lowestPosition(processor.processingStatus().values(), 0);
        return position.isEmpty() ? Double.NaN : Math.max(0, head.getAsLong() - position.getAsLong());
    }
}
