package ru.edu.innovation.command.store;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hash of the newest event this process saw committed for each of the most recently written
 * aggregates. A committed event never changes, so its hash can link the next event without reading
 * it back; an append asks only for the exact sequence before its own, and anything else (another
 * process wrote in between, the entry was evicted) falls back to reading the store. Links are
 * recorded only after the database transaction commits: a command sent from a Camunda delegate
 * runs in Camunda's transaction, which can still roll back after Axon's unit of work has committed.
 */
final class CommittedHashes {

    /** An aggregate's event: its sequence number and its hash. */
    record Link(long sequence, String hash) {
    }

    private final Map<String, Link> links;

    CommittedHashes(int capacity) {
        this.links = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The hash of the aggregate's event at this sequence number, if it is the newest one known committed. */
    synchronized Optional<String> hashAt(String aggregate, long sequence) {
        Link link = links.get(aggregate);
        return link != null && link.sequence() == sequence ? Optional.of(link.hash()) : Optional.empty();
    }

    /** Records the links once the current transaction commits; without one, nothing is known to be committed. */
    void recordAfterCommit(Map<String, Link> lastByAggregate) {
        if (lastByAggregate.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastByAggregate.forEach(CommittedHashes.this::record);
            }
        });
    }

    /** Keeps the later of two links: two commits of one aggregate may report in either order. */
    private synchronized void record(String aggregate, Link link) {
        links.merge(aggregate, link, (known, committed) -> committed.sequence() > known.sequence() ? committed : known);
    }
}
