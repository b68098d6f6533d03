package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Axon's aggregate cache, holding only state whose events are committed. Axon puts the aggregate
 * into its cache when its unit of work commits, but a command sent from a Camunda delegate runs in
 * Camunda's transaction, which can still roll back after that (two reviewers completing one task:
 * the loser fails on Camunda's optimistic lock). A cached project ahead of the store would then
 * take its next events at sequence numbers the store never had. So a put drops the entry at once
 * and stores the new state only after the database transaction commits; of two puts racing for a
 * key, only the later one may store, and a removal cancels any pending put.
 */
public class CommittedAggregateCache implements Cache {

    private final Cache delegate;
    private final Map<Object, AtomicLong> generations = new ConcurrentHashMap<>();

    public CommittedAggregateCache(Cache delegate) {
        this.delegate = delegate;
    }

    @Override
    public <K, V> V get(K key) {
        return delegate.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        long generation = invalidate(key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            putIfStill(key, value, generation);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                putIfStill(key, value, generation);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (delegate.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T cached = delegate.get(key);
        if (cached != null) {
            return cached;
        }
        T value = valueSupplier.get();
        put(key, value);
        return value;
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V cached = delegate.get(key);
        if (cached != null) {
            put(key, update.apply(cached));
        }
    }

    @Override
    public boolean remove(Object key) {
        boolean cached = delegate.containsKey(key);
        invalidate(key);
        return cached;
    }

    @Override
    public void removeAll() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }

    /** Drops the entry and cancels the puts pending for it; the generation a new put must still hold. */
    private long invalidate(Object key) {
        AtomicLong generation = generations.computeIfAbsent(key, k -> new AtomicLong());
        synchronized (generation) {
            delegate.remove(key);
            return generation.incrementAndGet();
        }
    }

    private void putIfStill(Object key, Object value, long expected) {
        AtomicLong generation = generations.get(key);
        synchronized (generation) {
            if (generation.get() == expected) {
                delegate.put(key, value);
            }
        }
    }
}
