package ru.edu.innovation.query.admin;

import ru.edu.innovation.platform.parked.ParkedEventNotFirstException;
import ru.edu.innovation.platform.parked.ParkedEventNotFoundException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The events the projections parked ({@link ParkedEventsConfiguration}), for administrators: listed,
 * counted (gauge {@value #PARKED}), retried or skipped through Axon's dead-letter processor, which
 * after the first event of a project goes on with the events parked behind it, in order.
 */
@Service
public class ParkedEvents {

    public static final String PARKED = "innovation.projection.parked";

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final MeterRegistry meters;

    public ParkedEvents(EventProcessingConfiguration processing, TransactionManager transactions, MeterRegistry meters) {
        this.processing = processing;
        this.transactions = transactions;
        this.meters = meters;
    }

    /** The queues exist once Axon's configuration has started, so the gauges are registered then. */
    @EventListener(ApplicationStartedEvent.class)
    public void registerGauges() {
        queues().forEach((group, queue) -> Gauge.builder(PARKED, queue, parked -> parked.size())
                .tag("processor", group)
                .description("Events a projection parked because it could not handle them (or waiting behind one)")
                .register(meters));
    }

    /** Every parked event, by processing group, each project's in its order. */
    public List<ParkedEvent> list() {
        List<ParkedEvent> parked = new ArrayList<>();
        queues().forEach((group, queue) -> transactions.executeInTransaction(() -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                boolean first = true;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    parked.add(describe(group, letter, !first));
                    first = false;
                }
            }
        }));
        return parked;
    }

    /** How many events are parked, over every projection. */
    public long count() {
        return queues().values().stream().mapToLong(SequencedDeadLetterQueue::size).sum();
    }

    /** How many projects have parked events, by processing group (those with none left out). */
    public Map<String, Long> projectsByGroup() {
        Map<String, Long> projects = new TreeMap<>();
        queues().forEach((group, queue) -> {
            long sequences = queue.amountOfSequences();
            if (sequences > 0) {
                projects.put(group, sequences);
            }
        });
        return projects;
    }

    /**
     * Handles the parked event again, and if it goes through, the events of its project parked
     * behind it, in order, until one fails again; in every projection that parked it. Only a
     * project's first parked event can be retried. Answers what of the project is still parked.
     */
    public List<ParkedEvent> retry(String eventId) {
        List<Found> found = find(eventId);
        for (Found parked : found) {
            if (!parked.first.eventId().equals(eventId)) {
                throw new ParkedEventNotFirstException("Событие " + parked.event.eventId()
                        + " ждёт более раннее отложенное событие проекта " + parked.event.projectId()
                        + ": сначала повторите или пропустите событие " + parked.first.eventId(),
                        "firstParkedEventId", parked.first.eventId());
            }
        }
        // False both when the event failed again (parked again, one attempt more) and when another
        // retry of the project holds it right now: the project's parked events answer which.
        found.forEach(parked -> processor(parked.event.processingGroup())
                .process(letter -> eventId.equals(letter.message().getIdentifier())));
        return ofProject(found);
    }

    /**
     * Drops the parked event for good (the views never see it) in every projection that parked it,
     * then handles the events of its project parked behind it, as a retry would. Answers what of the
     * project is still parked.
     */
    public List<ParkedEvent> skip(String eventId) {
        List<Found> found = find(eventId);
        for (Found parked : found) {
            queue(parked.event.processingGroup()).evict(parked.letter);
            if (parked.first.eventId().equals(eventId)) {
                processor(parked.event.processingGroup()).process(letter ->
                        Objects.equals(parked.event.projectId(), projectOf(letter)));
            }
        }
        return ofProject(found);
    }

    private List<ParkedEvent> ofProject(List<Found> found) {
        String projectId = found.get(0).event.projectId();
        List<String> groups = found.stream().map(parked -> parked.event.processingGroup()).toList();
        return list().stream().filter(event -> groups.contains(event.processingGroup())
                && Objects.equals(event.projectId(), projectId)).toList();
    }

    /** Where the event is parked: one entry per projection that parked it (an event several read can fail in each). */
    private List<Found> find(String eventId) {
        List<Found> found = new ArrayList<>();
        for (var entry : queues().entrySet()) {
            Found inGroup = transactions.fetchInTransaction(() -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : entry.getValue().deadLetters()) {
                    ParkedEvent first = null;
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        ParkedEvent event = describe(entry.getKey(), letter, first != null);
                        if (first == null) {
                            first = event;
                        }
                        if (eventId.equals(event.eventId())) {
                            return new Found(letter, event, first);
                        }
                    }
                }
                return null;
            });
            if (inGroup != null) {
                found.add(inGroup);
            }
        }
        if (found.isEmpty()) {
            throw new ParkedEventNotFoundException("Среди отложенных событий нет события " + eventId);
        }
        return found;
    }

    private static ParkedEvent describe(String group, DeadLetter<? extends EventMessage<?>> letter,
                                        boolean behindAnother) {
        EventMessage<?> message = letter.message();
        Long globalIndex = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Long sequenceNumber = message instanceof DomainEventMessage<?> event ? event.getSequenceNumber() : null;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvent(group, message.getIdentifier(), globalIndex, projectOf(letter), sequenceNumber,
                message.getPayloadType().getSimpleName(), behindAnother && cause.isEmpty(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                ParkedEventsConfiguration.attempts(letter));
    }

    private static String projectOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }

    private Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues() {
        Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new TreeMap<>();
        processing.eventProcessors().keySet().forEach(name ->
                processing.deadLetterQueue(name).ifPresent(queue -> queues.put(name, queue)));
        return queues;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group).orElseThrow();
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group).orElseThrow();
    }

    private record Found(DeadLetter<? extends EventMessage<?>> letter, ParkedEvent event, ParkedEvent first) {
    }
}
