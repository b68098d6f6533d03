package ru.edu.innovation.platform.timeout;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Watches every unit of work (a command, a query, a batch an event processor handles): one still
 * running after {@code warnAfter} is logged with where its thread is, one still running after
 * {@code timeout} has its thread interrupted, as Axon's {@code axon.timeout} does. It replaces that
 * one because Axon 4.13.0 walks the thread's stack each time a unit of work starts
 * (AxonFramework#4637, fixed in 4.13.2, which is not served here), a cost bench/findings.md measures
 * on every command and every processor batch. Here a unit of work only enters and leaves a set of
 * running ones, which one timer thread looks over a few times per warning interval; the stack is
 * read only when a warning is due.
 */
public final class UnitOfWorkTimeouts implements MessageHandlerInterceptor<Message<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnitOfWorkTimeouts.class);
    private static final String WATCH = UnitOfWorkTimeouts.class.getName();

    private final long warnAfterNanos;
    private final long timeoutNanos;
    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    public UnitOfWorkTimeouts(Duration warnAfter, Duration timeout) {
        if (warnAfter.isNegative() || warnAfter.isZero() || timeout.compareTo(warnAfter) < 0) {
            throw new IllegalArgumentException("the warning comes after a positive time and no later than the timeout: "
                    + warnAfter + ", " + timeout);
        }
        this.warnAfterNanos = warnAfter.toNanos();
        this.timeoutNanos = timeout.toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "unit-of-work-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        // A timer task per unit of work would wake this thread twice per command; a look every fifth of
        // the warning interval (at most a second) is late by at most that much.
        long every = Math.max(10, Math.min(1_000, warnAfter.toMillis() / 5));
        timer.scheduleWithFixedDelay(this::lookOver, every, every, TimeUnit.MILLISECONDS);
    }

    /** The first message of a unit of work starts its watch; its later ones (a batch's) and nested units find it. */
    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (!root.resources().containsKey(WATCH)) {
            Watch watch = new Watch(unitOfWork.getMessage(), Thread.currentThread(), System.nanoTime());
            root.resources().put(WATCH, watch);
            running.add(watch);
            root.onCleanup(ended -> {
                running.remove(watch);
                watch.end();
            });
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

    private void lookOver() {
        long now = System.nanoTime();
        for (Watch watch : running) {
            long elapsed = now - watch.started;
            if (elapsed >= timeoutNanos) {
                watch.interrupt(elapsed);
            } else if (elapsed >= warnAfterNanos) {
                watch.warn(elapsed);
            }
        }
    }

    /** One unit of work's watch; the thread that ends it can no longer be interrupted by it. */
    private final class Watch {

        private final Message<?> first;
        private final Thread thread;
        private final long started;
        private boolean warned;
        private boolean interrupted;
        private boolean ended;

        Watch(Message<?> first, Thread thread, long started) {
            this.first = first;
            this.thread = thread;
            this.started = started;
        }

        synchronized void warn(long elapsed) {
            if (ended || warned) {
                return;
            }
            warned = true;
            log.warn("Handling {} on {} has taken {} ms (interrupted after {} ms); the thread is at:\n{}", task(),
                    thread.getName(), TimeUnit.NANOSECONDS.toMillis(elapsed), TimeUnit.NANOSECONDS.toMillis(timeoutNanos),
                    where());
        }

        synchronized void interrupt(long elapsed) {
            if (ended || interrupted) {
                return;
            }
            interrupted = true;
            log.error("Handling {} on {} is interrupted after {} ms, past its limit of {} ms; the thread was at:\n{}",
                    task(), thread.getName(), TimeUnit.NANOSECONDS.toMillis(elapsed),
                    TimeUnit.NANOSECONDS.toMillis(timeoutNanos), where());
            thread.interrupt();
        }

        synchronized void end() {
            ended = true;
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

        private String where() {
            return Arrays.stream(thread.getStackTrace()).limit(40).map(frame -> "\tat " + frame)
                    .collect(Collectors.joining("\n"));
        }
    }
}
