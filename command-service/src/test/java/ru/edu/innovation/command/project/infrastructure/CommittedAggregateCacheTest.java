package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.common.caching.WeakReferenceCache;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommittedAggregateCacheTest {

    private final CommittedAggregateCache cache = new CommittedAggregateCache(new WeakReferenceCache());
    private final String version1 = "project at version 1";
    private final String version2 = "project at version 2";
    private final String version3 = "project at version 3";

    @Test
    @DisplayName("a state put inside a transaction is cached only once it commits; the older entry is dropped at once")
    void cachedAfterCommit() {
        cache.put("p", version1);

        List<TransactionSynchronization> transaction = putInTransaction("p", version2);
        assertThat(cache.<String, String>get("p")).as("neither the old nor the uncommitted state").isNull();

        transaction.forEach(TransactionSynchronization::afterCommit);
        assertThat(cache.<String, String>get("p")).isEqualTo(version2);
    }

    @Test
    @DisplayName("a transaction that rolls back after its put leaves nothing cached")
    void rolledBackNotCached() {
        cache.put("p", version1);

        List<TransactionSynchronization> transaction = putInTransaction("p", version2);
        transaction.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(cache.<String, String>get("p")).isNull();
        assertThat(cache.containsKey("p")).isFalse();
    }

    @Test
    @DisplayName("of two committed puts, one whose commit callback comes late does not overwrite the newer state")
    void laterPutWins() {
        List<TransactionSynchronization> first = putInTransaction("p", version2);
        List<TransactionSynchronization> second = putInTransaction("p", version3);

        second.forEach(TransactionSynchronization::afterCommit);
        first.forEach(TransactionSynchronization::afterCommit);

        assertThat(cache.<String, String>get("p")).isEqualTo(version3);
    }

    @Test
    @DisplayName("a removal (Axon's rollback of a unit of work) cancels the put still waiting for its commit")
    void removalCancelsPendingPut() {
        List<TransactionSynchronization> transaction = putInTransaction("p", version2);
        cache.remove("p");
        transaction.forEach(TransactionSynchronization::afterCommit);

        assertThat(cache.<String, String>get("p")).isNull();
    }

    @Test
    @DisplayName("outside a transaction a put is cached at once")
    void withoutTransaction() {
        cache.put("p", version1);

        assertThat(cache.<String, String>get("p")).isEqualTo(version1);
        assertThat(cache.remove("p")).isTrue();
        assertThat(cache.<String, String>get("p")).isNull();
    }

    /** A put in a transaction of its own; the transaction's callbacks are returned to be run later. */
    private List<TransactionSynchronization> putInTransaction(String key, Object value) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.put(key, value);
            return List.copyOf(TransactionSynchronizationManager.getSynchronizations());
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
