package ru.edu.innovation.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One in-memory batch of a projection's rows per unit of work of its processor: read when the
 * batch's first event is handled, changed by each of its events, written once when it commits
 * together with the processor's token. A replay so reads and writes each project once per batch,
 * not once per event.
 * <p>
 * A batch that failed — an event that failed half way through its rows, or a write refused when it
 * committed — is rolled back by the processor and read again from the same event; that second time
 * each event is handled and written alone, behind a savepoint, so the event that fails is parked on
 * its own (Axon's dead-letter queue) and the rest of the batch commits. An event retried from the
 * dead-letter queue, or handled outside a unit of work, is handled alone too.
 *
 * @param <B> what the projection keeps of one batch
 */
public final class UnitOfWorkBatches<B> {

    /** How a projection reads and writes a batch of its rows. */
    public interface Storage<B> {

        /** The rows the events need, read in as few queries as they allow. */
        B open(List<? extends EventMessage<?>> events);

        void write(B batch);

        /** Runs once the batch has committed (e.g. work that must see it stored); nothing by default. */
        default void committed(B batch) {
        }
    }

    private final String resourceKey;
    private final Storage<B> storage;
    private final ViewTables tables;
    /** The first events of batches that were rolled back: read again, such a batch goes one event at a time. */
    private final Set<String> failedBatches = ConcurrentHashMap.newKeySet();

    public UnitOfWorkBatches(String name, Storage<B> storage, ViewTables tables) {
        this.resourceKey = UnitOfWorkBatches.class.getName() + "." + name;
        this.storage = storage;
        this.tables = tables;
    }

    /** Applies {@code change} to the batch of the current unit of work, or alone where it must stay its own. */
    public void handle(EventMessage<?> event, Consumer<B> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            alone(event, change, null);
            return;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (current.resources().containsKey(DeadLetter.class.getName())) {
            alone(event, change, current);
            return;
        }
        Batch<B> batch = batch(current.root());
        if (batch.oneByOne) {
            alone(event, change, current);
            return;
        }
        try {
            change.accept(batch.rows);
        } catch (RuntimeException failed) {
            // The rows may be half changed: the batch is rolled back and retried one event at a time.
            batch.failedWhileHandling = true;
            throw failed;
        }
    }

    private void alone(EventMessage<?> event, Consumer<B> change, UnitOfWork<?> unitOfWork) {
        Object[] single = new Object[1];
        tables.isolated(() -> {
            B rows = storage.open(List.of(event));
            change.accept(rows);
            storage.write(rows);
            single[0] = rows;
        });
        @SuppressWarnings("unchecked")
        B written = (B) single[0];
        if (unitOfWork == null) {
            storage.committed(written);
        } else {
            unitOfWork.afterCommit(committed -> storage.committed(written));
        }
    }

    private Batch<B> batch(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            tables.commitWithoutWaitingForDisk();
            String first = firstMessageOf(unitOfWork);
            if (first != null && failedBatches.remove(first)) {
                unitOfWork.onRollback(rolledBack -> failedBatches.add(first));
                return new Batch<B>(null, true);
            }
            Batch<B> batch = new Batch<>(storage.open(eventsOf(unitOfWork)), false);
            unitOfWork.onPrepareCommit(committing -> {
                if (batch.failedWhileHandling) {
                    throw new BatchToBeRetriedOneByOneException();
                }
                storage.write(batch.rows);
            });
            unitOfWork.afterCommit(committed -> storage.committed(batch.rows));
            if (first != null) {
                unitOfWork.onRollback(rolledBack -> failedBatches.add(first));
            }
            return batch;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<? extends EventMessage<?>> eventsOf(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        return (List<? extends EventMessage<?>>) messages;
    }

    private static String firstMessageOf(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            return batching.getMessages().isEmpty() ? null : batching.getMessages().get(0).getIdentifier();
        }
        return unitOfWork.getMessage() == null ? null : unitOfWork.getMessage().getIdentifier();
    }

    private static final class Batch<B> {

        private final B rows;
        /** A batch read again after it failed: each of its events is handled and written alone. */
        private final boolean oneByOne;
        private boolean failedWhileHandling;

        Batch(B rows, boolean oneByOne) {
            this.rows = rows;
            this.oneByOne = oneByOne;
        }
    }

    /** Rolls back a batch in which an event failed half way through its rows, to be handled again one by one. */
    static final class BatchToBeRetriedOneByOneException extends RuntimeException {

        BatchToBeRetriedOneByOneException() {
            super("an event of the batch failed while handled; the batch is retried one event at a time");
        }
    }
}
