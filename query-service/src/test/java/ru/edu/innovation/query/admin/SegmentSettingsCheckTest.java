package ru.edu.innovation.query.admin;

import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;


import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SegmentSettingsCheckTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

    @Test
    @DisplayName("refuses to start with fewer threads than segments: a survivor could not take over a dead node's segment")
    void fewerThreadsThanSegments() {
        storedSegments(0);
        assertThatThrownBy(() -> check(1, 2).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project-cards: 1 thread(s) for 2 segment(s)");
    }

    @Test
    @DisplayName("counts the segments the token table already holds, whatever the initial segment count says now")
    void segmentsAlreadyInTheTokenTable() {
        storedSegments(4);
        assertThatThrownBy(() -> check(2, 2).afterSingletonsInstantiated())
                .hasMessageContaining("2 thread(s) for 4 segment(s) (4 in the token table)");
    }

    @Test
    @DisplayName("starts with as many threads as segments, or more")
    void enoughThreads() {
        storedSegments(2);
        assertThatCode(() -> check(2, 2).afterSingletonsInstantiated()).doesNotThrowAnyException();
        assertThatCode(() -> check(3, 2).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    private void storedSegments(int count) {
        when(jdbc.queryForObject(anyString(), eq(Integer.class), eq("project-cards"))).thenReturn(count);
    }

    private SegmentSettingsCheck check(int threads, int segments) {
        EventProcessorProperties properties = new EventProcessorProperties();
        EventProcessorProperties.ProcessorSettings cards = new EventProcessorProperties.ProcessorSettings();
        cards.setMode(EventProcessorProperties.Mode.TRACKING);
        cards.setThreadCount(threads);
        cards.setInitialSegmentCount(segments);
        properties.getProcessors().put("project-cards", cards);
        return new SegmentSettingsCheck(properties, jdbc);
    }
}
