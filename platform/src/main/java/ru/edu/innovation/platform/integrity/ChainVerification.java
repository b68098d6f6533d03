package ru.edu.innovation.platform.integrity;

/**
 * The outcome of recomputing one project's hash chain. When broken, {@code firstBrokenSequence}
 * and {@code firstBrokenEventId} name the first stored event whose hash does not follow from its
 * predecessor and content (a deleted event shows as a gap before the next one).
 */
public record ChainVerification(String projectId, boolean intact, long eventsChecked,
                                Long firstBrokenSequence, String firstBrokenEventId, String reason) {

    public static ChainVerification intact(String projectId, long checked) {
        return new ChainVerification(projectId, true, checked, null, null, null);
    }

    public static ChainVerification broken(String projectId, long checked, long sequence, String eventId, String reason) {
        return new ChainVerification(projectId, false, checked, sequence, eventId, reason);
    }
}
