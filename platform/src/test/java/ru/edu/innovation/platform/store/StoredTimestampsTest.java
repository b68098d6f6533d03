package ru.edu.innovation.platform.store;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    @DisplayName("every timestamp Axon writes reads back as Axon's own parser reads it")
    void readsWhatAxonWrites() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2100-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(from, to));
            String stored = DateTimeUtils.formatInstant(instant);
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(instant)
                    .isEqualTo(DateTimeUtils.parseInstant(stored));
            assertThat(Instant.parse(StoredTimestamps.iso(stored))).as(stored).isEqualTo(instant);
        }
        assertThat(StoredTimestamps.iso("2023-06-01T10:00:00.000Z")).as("Axon's layout, as stored")
                .isEqualTo("2023-06-01T10:00:00.000Z");
        assertThat(StoredTimestamps.parse("2024-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    }

    @Test
    @DisplayName("other ISO-8601 layouts are left to Axon's parser and give the same instant")
    void otherLayouts() {
        for (String stored : new String[] {"2023-06-01T10:00:00.000+07:00", "2023-06-01T10:00:00Z",
                "2023-06-01T10:00:00.123456Z", "+12023-06-01T10:00:00.000Z"}) {
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
            assertThat(StoredTimestamps.iso(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored).toString());
        }
    }

    @Test
    @DisplayName("what Axon rejects is rejected: a day that does not exist, letters in place of digits")
    void rejectsWhatAxonRejects() {
        for (String stored : new String[] {"2023-02-30T10:00:00.000Z", "2023-13-01T10:00:00.000Z",
                "2023-06-01T24:00:00.000Z", "2023-06-0xT10:00:00.000Z", "2023-06-01T10:00:60.000Z"}) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).as("Axon, " + stored)
                    .isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> StoredTimestamps.parse(stored)).as(stored).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> StoredTimestamps.iso(stored)).as(stored).isInstanceOf(DateTimeException.class);
        }
    }
}
