package ru.edu.innovation.command.review;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.ArrayList;
import java.util.List;

/**
 * One round of the chain school → institute → ministry, the same for the application, a report and a
 * stage completion: who submitted (or requested) it, who signed it, who approved it at the institute,
 * and the step it waits for. A return ends the round; the next submission starts a new one.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record ReviewChain(ReviewStep step, String submittedBy, String signedBy, String instituteReviewer) {

    /** Submitted by {@code submitter}, to be signed by the project's leader first. */
    public static ReviewChain submittedBy(String submitter) {
        return new ReviewChain(ReviewStep.AWAITING_SIGNATURE, submitter, null, null);
    }

    /** Requested by {@code requester}, straight to the institute (a stage completion is not signed). */
    public static ReviewChain requestedBy(String requester) {
        return new ReviewChain(ReviewStep.AWAITING_INSTITUTE, requester, null, null);
    }

    public ReviewChain signedBy(String leader) {
        return new ReviewChain(ReviewStep.AWAITING_INSTITUTE, submittedBy, leader, null);
    }

    public ReviewChain decided(ReviewLevel level, ReviewDecision decision, String reviewer) {
        return switch (decision) {
            case APPROVE -> level == ReviewLevel.INSTITUTE
                    ? new ReviewChain(ReviewStep.AWAITING_MINISTRY, submittedBy, signedBy, reviewer)
                    : withStep(ReviewStep.ACCEPTED);
            case RETURN_FOR_REVISION -> withStep(ReviewStep.RETURNED);
            case REJECT -> withStep(ReviewStep.REJECTED);
        };
    }

    /** The approval process was deleted from outside: a round still waiting goes back to the school. */
    public ReviewChain cancelled() {
        return step.isPending() ? withStep(ReviewStep.RETURNED) : this;
    }

    public boolean pending() {
        return step.isPending();
    }

    public boolean awaits(ReviewStep expected) {
        return step == expected;
    }

    /** The round waits for the leader's signature of {@code what} (e.g. «Отчёт»). */
    public void requireAwaitingSignature(String what) {
        if (step != ReviewStep.AWAITING_SIGNATURE) {
            throw Refusals.notAwaiting("подписи руководителя", what);
        }
    }

    /**
     * The round waits for a review at {@code level}, named {@code decision} in the refusal (e.g.
     * «экспертизы института»), {@code actor} is of the body the chain's route names for the step, and has
     * not acted on it yet.
     */
    public void requireAwaitingReview(Actor actor, ReviewLevel level, String what, String decision) {
        if (step != ReviewStep.awaiting(level)) {
            throw Refusals.notAwaiting(decision, what);
        }
        RoutedBody.require(actor);
        FourEyes.require(actor, actors());
    }

    /** The round waits for a review at {@code level}, named as reports and stages name it. */
    public void requireAwaitingReview(Actor actor, ReviewLevel level, String what) {
        requireAwaitingReview(actor, level, what, reviewBy(level));
    }

    /** How a review at {@code level} is named in a refusal. */
    public static String reviewBy(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? "рассмотрения в институте" : "рассмотрения в министерстве";
    }

    /** Everyone who has acted on this round so far. */
    private List<String> actors() {
        List<String> actors = new ArrayList<>(3);
        for (String actor : new String[]{submittedBy, signedBy, instituteReviewer}) {
            if (actor != null) {
                actors.add(actor);
            }
        }
        return actors;
    }

    private ReviewChain withStep(ReviewStep next) {
        return new ReviewChain(next, submittedBy, signedBy, instituteReviewer);
    }
}
