package ru.edu.innovation.processes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.processes.identity.TaskActors;
import ru.edu.innovation.processes.routing.ReviewRouting;
import ru.edu.innovation.processes.task.CommandRefusals;
import ru.edu.innovation.processes.task.TaskCommandGateway;
import ru.edu.innovation.processes.task.TaskRefusedException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TaskCommandGatewayTest {

    private static final CommandRefusals RULES_ONLY = failure -> failure instanceof IllegalArgumentException
            ? Optional.of("Заявка сейчас не ожидает экспертизы института") : Optional.empty();

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final TaskCommandGateway gateway = new TaskCommandGateway(commands, mock(TaskActors.class), Optional.of(RULES_ONLY),
            mock(ReviewRouting.class));
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    @DisplayName("a failure the classifier does not call a refusal stays a failure: its message is not shown as a reason")
    void systemFailureIsNoRefusal() {
        when(execution.getProcessInstanceId()).thenReturn("process-1");
        IllegalStateException storeFailure = new IllegalStateException("Batch entry 0 INSERT INTO domain_event_entry …");
        commands.refuseNext(storeFailure);

        assertThatThrownBy(() -> gateway.sendAsSystem(execution, "task-1", "command")).isSameAs(storeFailure);
    }

    @Test
    @DisplayName("a refusal becomes a TaskRefusedException with the classifier's reason")
    void refusalCarriesTheReason() {
        when(execution.getProcessInstanceId()).thenReturn("process-1");
        commands.refuseNext(new IllegalArgumentException("rule"));

        assertThatThrownBy(() -> gateway.sendAsSystem(execution, "task-1", "command"))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Заявка сейчас не ожидает экспертизы института");
    }
}
