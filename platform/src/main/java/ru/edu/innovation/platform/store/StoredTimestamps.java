package ru.edu.innovation.platform.store;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Reads the {@code time_stamp} column. Axon writes every timestamp as {@code 2023-06-01T10:00:00.000Z}
 * and reads it back with a general ISO-8601 formatter, a noticeable share of every replay. This reads
 * that one layout directly and leaves anything
 * else (other offsets, longer years) to Axon's parser, so it accepts exactly what Axon accepts.
 */
public final class StoredTimestamps {

    private static final int LENGTH = "2023-06-01T10:00:00.000Z".length();

    private StoredTimestamps() {
    }

    public static Instant parse(CharSequence stored) {
        if (inAxonLayout(stored)) {
            return LocalDateTime.of(digits(stored, 0, 4), digits(stored, 5, 2), digits(stored, 8, 2),
                    digits(stored, 11, 2), digits(stored, 14, 2), digits(stored, 17, 2),
                    digits(stored, 20, 3) * 1_000_000).toInstant(ZoneOffset.UTC);
        }
        return DateTimeUtils.parseInstant(stored);
    }

    /**
     * The stored timestamp as ISO-8601 text: as stored when it is in Axon's layout (UTC, to the
     * millisecond), which spares formatting the instant again, a tenth of writing a page of history;
     * otherwise the instant Axon's parser reads, as {@link Instant#toString()} writes it.
     */
    public static String iso(String stored) {
        return inAxonLayout(stored) ? stored : DateTimeUtils.parseInstant(stored).toString();
    }

    /**
     * Whether the text is a valid moment in Axon's own layout. Anything else, 2023-02-30 included, is
     * left to Axon's parser, which reads or rejects it as it always has.
     */
    private static boolean inAxonLayout(CharSequence stored) {
        if (stored.length() != LENGTH || stored.charAt(4) != '-' || stored.charAt(7) != '-'
                || stored.charAt(10) != 'T' || stored.charAt(13) != ':' || stored.charAt(16) != ':'
                || stored.charAt(19) != '.' || stored.charAt(23) != 'Z') {
            return false;
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 2);
        int day = digits(stored, 8, 2);
        int hour = digits(stored, 11, 2);
        int minute = digits(stored, 14, 2);
        int second = digits(stored, 17, 2);
        int millis = digits(stored, 20, 3);
        return (year | month | day | hour | minute | second | millis) >= 0
                && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                && hour <= 23 && minute <= 59 && second <= 59;
    }

    /** The number written in {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
