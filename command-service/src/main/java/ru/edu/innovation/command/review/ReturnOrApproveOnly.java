package ru.edu.innovation.command.review;

import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.command.kernel.Refusals;

/** Policy: a report or a stage completion is approved or returned for revision, never rejected. */
public final class ReturnOrApproveOnly {

    private ReturnOrApproveOnly() {
    }

    public static void require(Review review, String what) {
        if (review.decision() == ReviewDecision.REJECT) {
            throw Refusals.violation("REJECT_NOT_ALLOWED", what + " можно одобрить или вернуть на доработку, но не отклонить");
        }
    }
}
