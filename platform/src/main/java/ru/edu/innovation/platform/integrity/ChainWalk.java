package ru.edu.innovation.platform.integrity;

/**
 * Recomputes one project's hash chain from its stored rows, handed in order of sequence number,
 * the way an auditor would: a changed row breaks its own hash, a deleted row shows as a gap.
 */
public final class ChainWalk {

    private final EventHashChain chain;
    private final String projectId;
    private String previousHash = EventHashChain.GENESIS;
    private long expectedSequence;
    private long checked;
    private ChainVerification broken;

    public ChainWalk(EventHashChain chain, String projectId) {
        this.chain = chain;
        this.projectId = projectId;
    }

    /** Checks the next stored row; after the first broken one the rest are not looked at. */
    public void next(ChainedEventFields row) {
        if (broken != null) {
            return;
        }
        checked++;
        if (row.sequenceNumber() != expectedSequence) {
            broken = ChainVerification.broken(projectId, checked, row.sequenceNumber(), row.eventIdentifier(),
                    "event " + expectedSequence + " is missing before this one");
            return;
        }
        String recomputed = chain.hash(previousHash, row);
        String stored = chain.hashIn(row.metaData());
        if (!recomputed.equals(stored)) {
            broken = ChainVerification.broken(projectId, checked, row.sequenceNumber(), row.eventIdentifier(),
                    stored == null ? "the event carries no hash" : "the stored hash does not match the event's content");
            return;
        }
        previousHash = stored;
        expectedSequence++;
    }

    public ChainVerification result() {
        return broken != null ? broken : ChainVerification.intact(projectId, checked);
    }
}
