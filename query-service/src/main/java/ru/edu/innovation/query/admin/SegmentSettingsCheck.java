package ru.edu.innovation.query.admin;

import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start with processor settings that can orphan a segment. A tracking processor runs one
 * thread per segment it works on, and a thread without a segment takes any segment released or left
 * stale by a dead node (every {@code token-claim-interval}). So only a node with at least as many
 * threads as the processor has segments can take over all of a dead node's segments; with fewer, a
 * survivor already busy on its own share leaves the dead node's segment standing still. Checked
 * against the configured initial segment count and against the segments the token table already
 * holds (the count is fixed when the table is first filled), before the processors start.
 */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
public class SegmentSettingsCheck implements SmartInitializingSingleton {

    private final EventProcessorProperties processors;
    private final JdbcTemplate jdbc;

    public SegmentSettingsCheck(EventProcessorProperties processors, JdbcTemplate jdbc) {
        this.processors = processors;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        processors.getProcessors().forEach((name, settings) -> {
            if (settings.getMode() != EventProcessorProperties.Mode.TRACKING) {
                return;
            }
            int threads = settings.getThreadCount();
            int configured = settings.getInitialSegmentCount() == null ? threads : settings.getInitialSegmentCount();
            Integer stored = jdbc.queryForObject("SELECT count(*) FROM query_token_entry WHERE processor_name = ?",
                    Integer.class, name);
            int segments = Math.max(configured, stored == null ? 0 : stored);
            if (threads < segments) {
                problems.add(name + ": " + threads + " thread(s) for " + segments + " segment(s)"
                        + (stored != null && stored > configured ? " (" + stored + " in the token table)" : ""));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PROJECTION_THREADS must be at least the number of segments "
                    + "(PROJECTION_SEGMENTS, or as many as the token table holds), or a node that survives another "
                    + "cannot take over all of its segments: " + String.join("; ", problems));
        }
    }
}
