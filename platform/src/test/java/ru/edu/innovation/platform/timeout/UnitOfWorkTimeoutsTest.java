package ru.edu.innovation.platform.timeout;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitOfWorkTimeoutsTest {

    private final UnitOfWorkTimeouts timeouts = new UnitOfWorkTimeouts(Duration.ofMillis(50), Duration.ofMillis(200));

    @AfterEach
    void stopTimer() {
        timeouts.close();
        Thread.interrupted();
    }

    @Test
    @DisplayName("a unit of work that runs past the timeout has its thread interrupted")
    void interruptsAUnitOfWorkThatRunsTooLong() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();

        handle(new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage("slow")), message -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException expected) {
                interrupted.set(true);
            }
            return null;
        });

        assertThat(interrupted).isTrue();
    }

    @Test
    @DisplayName("a unit of work that ended in time leaves its thread alone after the timeout has passed")
    void leavesAFinishedUnitOfWorkAlone() throws Exception {
        Object result = handle(new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage("quick")),
                message -> "done");
        Thread.sleep(400);

        assertThat(result).isEqualTo("done");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    @DisplayName("a batch is watched once, from its first event: its later events do not restart the clock")
    void watchesABatchAsOne() throws Exception {
        List<Message<?>> events = List.of(GenericEventMessage.asEventMessage("first"),
                GenericEventMessage.asEventMessage("second"), GenericEventMessage.asEventMessage("third"));
        BatchingUnitOfWork<Message<?>> batch = new BatchingUnitOfWork<>(events);
        List<Boolean> interruptedAt = new ArrayList<>();
        UnitOfWorkTimeouts timeouts = new UnitOfWorkTimeouts(Duration.ofMillis(50), Duration.ofMillis(400));

        // The batch runs the task once for each of its events, as an event processor's batch does.
        batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, List.of(timeouts), message -> {
            try {
                Thread.sleep(150);
                interruptedAt.add(false);
            } catch (InterruptedException stopped) {
                interruptedAt.add(true);
            }
            return null;
        }).proceed());
        timeouts.close();

        // Only a clock started at the batch's first event runs out during its last one.
        assertThat(interruptedAt).containsExactly(false, false, true);
    }

    @Test
    @DisplayName("the warning must come after a positive time and no later than the timeout")
    void refusesLimitsThatContradictEachOther() {
        assertThatThrownBy(() -> new UnitOfWorkTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitOfWorkTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Object handle(UnitOfWork<Message<?>> unitOfWork, MessageHandler<Message<?>> handler) throws Exception {
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(timeouts), handler)
                .proceed()).getPayload();
    }
}
