package ru.edu.innovation.command.kernel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.risk.RiskRecordedEvent;
import ru.edu.innovation.command.plan.Plan;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardToHandlingMembersTest {

    private final ForwardToHandlingMembers<EventMessage<?>> toThePlan = new ForwardToHandlingMembers<>();

    ForwardToHandlingMembersTest() throws NoSuchFieldException {
        toThePlan.initialize(Holder.class.getDeclaredField("plan"),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Plan.class));
    }

    @Test
    @DisplayName("an event the member handles itself reaches it")
    void ownEvent() {
        assertThat(forwarded(new HeldEventRecordedEvent("p", "e", null))).containsExactly("plan");
    }

    @Test
    @DisplayName("an event a member of the member handles reaches the member, which routes it on")
    void nestedMemberEvent() {
        assertThat(forwarded(new ActivityAmendedEvent("p", "a", null))).containsExactly("plan");
    }

    @Test
    @DisplayName("an event neither the member nor its members handle does not reach it")
    void otherEvent() {
        assertThat(forwarded(new RiskRecordedEvent("p", "r", null))).isEmpty();
    }

    private List<String> forwarded(Object payload) {
        return toThePlan.filterCandidates(GenericEventMessage.asEventMessage(payload), Stream.of("plan")).toList();
    }

    /** Stands for the aggregate that declares the member. */
    private static final class Holder {
        @SuppressWarnings("unused")
        private Plan plan;
    }
}
