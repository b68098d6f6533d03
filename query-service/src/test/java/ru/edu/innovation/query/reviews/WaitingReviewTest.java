package ru.edu.innovation.query.reviews;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingReviewTest {

    private static final ZoneId KEMEROVO = ZoneId.of("Asia/Novokuznetsk");

    @Test
    @DisplayName("waiting days count the region's calendar days: 01:00 local on 2 March is still 2 March")
    void regionCalendarDays() {
        Instant arrived = Instant.parse("2023-03-01T18:00:00Z"); // 2 March, 01:00 in Kemerovo

        assertThat(WaitingReview.waitingDays(arrived, LocalDate.of(2023, 3, 2), KEMEROVO)).isZero();
        assertThat(WaitingReview.waitingDays(arrived, LocalDate.of(2023, 3, 12), KEMEROVO)).isEqualTo(10);
        assertThat(WaitingReview.waitingDays(arrived, LocalDate.of(2023, 3, 2), ZoneId.of("UTC"))).isEqualTo(1);
    }

    @Test
    @DisplayName("an item stamped after today's date (clock skew) waits zero days, never a negative number")
    void neverNegative() {
        assertThat(WaitingReview.waitingDays(Instant.parse("2023-03-05T00:00:00Z"), LocalDate.of(2023, 3, 2), KEMEROVO))
                .isZero();
    }
}
