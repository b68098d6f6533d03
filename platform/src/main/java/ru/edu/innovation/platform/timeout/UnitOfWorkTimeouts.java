package ru.edu.innovation.platform.timeout;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Watches every unit of work (a command, a query, a batch an event processor handles) on one timer:
 * one still running after {@code warnAfter} is logged with where its thread is, one still running
 * after {@code timeout} has its thread interrupted, as Axon's {@code axon.timeout} does. It replaces
 * that one because Axon 4.13.0 walks the thread's stack each time a unit of work starts
 * (AxonFramework#4637, fixed in 4.13.2, which is not served here), a cost bench/findings.md measures
 * on every command and every processor batch. Here the stack is read only when a warning is due.
 */
public final class UnitOfWorkTimeouts implements MessageHandlerInterceptor<Message<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkTimeouts.class);
    private static final String WATCH = UnitOfWorkTimeouts.class.getName();

    private final long warnAfterMillis;
    private final long timeoutMillis;
    private final ScheduledThreadPoolExecutor timer;

    public UnitOfWorkTimeouts(Duration warnAfter, Duration timeout) {
        if (warnAfter.isNegative() || warnAfter.isZero() || timeout.compareTo(warnAfter) < 0) {
            throw new IllegalArgumentException("the warning comes after a positive time and no later than the timeout: "
                    + warnAfter + ", " + timeout);
        }
        this.warnAfterMillis = warnAfter.toMillis();
        this.timeoutMillis = timeout.toMillis();
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "unit-of-work-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        // Nearly every watch is cancelled long before it is due: without this the queue keeps them all.
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The first message of a unit of work starts its watch; its later ones (a batch's) and nested units find it. */
    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (!root.resources().containsKey(WATCH)) {
            Watch watch = new Watch(unitOfWork.getMessage(), Thread.currentThread());
            root.resources().put(WATCH, watch);
            root.onCleanup(ended -> watch.end());
        }
        return interceptorChain.proceed();
    }

    /** Whether the unit of work is watched: its root carries a watch once a message of it passed here. */
    public static boolean watches(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().resources().containsKey(WATCH);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One unit of work's watch; the thread that ends it can no longer be interrupted by it. */
    private final class Watch {

        private final Message<?> first;
        private final Thread thread;
        private final long started = System.nanoTime();
        private ScheduledFuture<?> due;
        private boolean ended;

        Watch(Message<?> first, Thread thread) {
            this.first = first;
            this.thread = thread;
            this.due = timer.schedule(this::warn, warnAfterMillis, TimeUnit.MILLISECONDS);
        }

        private synchronized void warn() {
            if (ended) {
                return;
            }
            log.warn("Handling {} on {} has taken {} ms (interrupted in {} ms); the thread is at:\n{}", task(),
                    thread.getName(), elapsedMillis(), timeoutMillis - elapsedMillis(), where());
            due = timer.schedule(this::interrupt, Math.max(0, timeoutMillis - elapsedMillis()), TimeUnit.MILLISECONDS);
        }

        private synchronized void interrupt() {
            if (ended) {
                return;
            }
            log.error("Handling {} on {} is interrupted after {} ms, past its limit of {} ms; the thread was at:\n{}", task(),
                    thread.getName(), elapsedMillis(), timeoutMillis, where());
            thread.interrupt();
        }

        synchronized void end() {
            ended = true;
            due.cancel(false);
        }

        /**
         * What the unit of work handles, named only when a warning is due: an event's payload type may
         * need its serializer, which the hot path does not call (and an unreadable event is the
         * processor's to park, not this watch's to fail on).
         */
        private String task() {
            try {
                return first.getPayloadType().getSimpleName() + " " + first.getIdentifier();
            } catch (RuntimeException unreadable) {
                return "message " + first.getIdentifier();
            }
        }

        private long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }

        private String where() {
            return Arrays.stream(thread.getStackTrace()).limit(40).map(frame -> "\tat " + frame)
                    .collect(Collectors.joining("\n"));
        }
    }
}
