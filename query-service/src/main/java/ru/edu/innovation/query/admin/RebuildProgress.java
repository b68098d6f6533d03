package ru.edu.innovation.query.admin;

import java.time.Duration;

/**
 * How far a replay has come: {@code done} of {@code total} events after {@code elapsed}, from which
 * the rate and the time left follow.
 */
public record RebuildProgress(long done, long total, Duration elapsed) {

    public RebuildProgress {
        done = Math.max(0, Math.min(done, total));
    }

    /** 0..1; an empty store is rebuilt as soon as it starts. */
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }

    public double eventsPerSecond() {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : done * 1000.0 / millis;
    }

    /** Null while nothing was read yet, so the rate is unknown. */
    public Duration timeLeft() {
        double rate = eventsPerSecond();
        if (done >= total) {
            return Duration.ZERO;
        }
        return rate <= 0 ? null : Duration.ofSeconds(Math.round((total - done) / rate));
    }

    /** «120000 of 1000000 events, 8500/s, 1m43s left» */
    public String describe() {
        Duration left = timeLeft();
        return done + " of " + total + " events, " + Math.round(eventsPerSecond()) + "/s, "
                + (left == null ? "time left unknown" : compact(left) + " left");
    }

    /** 1h02m03s, 1m43s, 7s */
    public static String compact(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format("%dh%02dm%02ds", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
        if (seconds >= 60) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }
}
