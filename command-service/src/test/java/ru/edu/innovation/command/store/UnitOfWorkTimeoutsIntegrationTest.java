package ru.edu.innovation.command.store;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.Registration;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.platform.timeout.UnitOfWorkTimeouts;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The command bus watches every command with platform's timeouts, and Axon's own stack-walking ones are off. */
class UnitOfWorkTimeoutsIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private CommandBus commandBus;

    @Test
    @DisplayName("a command's unit of work is watched by UnitOfWorkTimeouts, and Axon's timeout janitor never starts")
    void commandsAreWatchedByThePlatformsTimeouts() throws Exception {
        Registration probe = commandBus.subscribe("unit-of-work-probe",
                command -> UnitOfWorkTimeouts.watches(CurrentUnitOfWork.get()));
        try {
            FutureCallback<Object, Object> result = new FutureCallback<>();
            CommandMessage<Object> command = new GenericCommandMessage<>(new GenericMessage<>("probe"), "unit-of-work-probe");
            commandBus.dispatch(command, result);

            CommandResultMessage<?> answer = result.get(10, TimeUnit.SECONDS);
            assertThat(answer.isExceptional()).isFalse();
            assertThat(answer.getPayload()).isEqualTo(true);
        } finally {
            probe.cancel();
        }
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("axon-janitor"));
    }
}
