package ru.edu.innovation.query.admin;

import java.time.Duration;
import java.time.Instant;

/**
 * One segment of a projection's processor as the token table shows it to every node.
 *
 * @param position   the global index of the last event whose effects are in the views; null before the first
 * @param lag        events of the store the segment has not read yet (head minus position)
 * @param owner      the node holding the claim (Axon's {@code pid@host}), null when released
 * @param claimedAt  when the claim was last taken, extended or released
 * @param claimAge   how long ago that was
 * @param state      {@link State#CLAIMED} while its owner extends the claim, else UNCLAIMED or STALE
 */
public record SegmentClaim(String processor, int segment, Long position, long lag, String owner, Instant claimedAt,
                           Duration claimAge, State state) {

    public enum State {
        /** An owner works on it and extended its claim within the claim timeout. */
        CLAIMED,
        /** No owner: released (a node stopped) and not taken yet. */
        UNCLAIMED,
        /** An owner that has not extended its claim within the claim timeout: most likely dead. */
        STALE
    }

    /** Whether this segment has been without a working owner for longer than {@code limit}. */
    public boolean orphanedLongerThan(Duration limit) {
        return state != State.CLAIMED && claimAge.compareTo(limit) > 0;
    }
}
