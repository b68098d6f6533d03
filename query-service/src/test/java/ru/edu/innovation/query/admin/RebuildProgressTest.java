package ru.edu.innovation.query.admin;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildProgressTest {

    @Test
    @DisplayName("progress reads as events done of total, the rate and the time left at that rate")
    void describesProgress() {
        RebuildProgress progress = new RebuildProgress(120_000, 1_000_000, Duration.ofSeconds(15));

        assertThat(progress.fraction()).isEqualTo(0.12);
        assertThat(progress.eventsPerSecond()).isEqualTo(8000);
        assertThat(progress.timeLeft()).isEqualTo(Duration.ofSeconds(110));
        assertThat(progress.describe()).isEqualTo("120000 of 1000000 events, 8000/s, 1m50s left");
    }

    @Test
    @DisplayName("before the first event is read the time left is unknown")
    void unknownRate() {
        RebuildProgress progress = new RebuildProgress(0, 500, Duration.ofSeconds(2));

        assertThat(progress.timeLeft()).isNull();
        assertThat(progress.describe()).isEqualTo("0 of 500 events, 0/s, time left unknown");
    }

    @Test
    @DisplayName("done never exceeds the total, nor goes below zero")
    void clamped() {
        assertThat(new RebuildProgress(700, 500, Duration.ofSeconds(1)).done()).isEqualTo(500);
        assertThat(new RebuildProgress(-3, 500, Duration.ofSeconds(1)).done()).isZero();
        assertThat(new RebuildProgress(500, 500, Duration.ofSeconds(1)).timeLeft()).isEqualTo(Duration.ZERO);
    }

    @Test
    @DisplayName("durations are written the short way: 7s, 1m43s, 2h05m00s")
    void compactDurations() {
        assertThat(RebuildProgress.compact(Duration.ofSeconds(7))).isEqualTo("7s");
        assertThat(RebuildProgress.compact(Duration.ofSeconds(103))).isEqualTo("1m43s");
        assertThat(RebuildProgress.compact(Duration.ofMinutes(125))).isEqualTo("2h05m00s");
    }
}
