package ru.edu.innovation.processes;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.common.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Stands in for Axon's command bus in process tests: keeps every command a task sent, and refuses
 * the next one when told to, the way the aggregate refuses a command that breaks a rule.
 */
public class RecordingCommandGateway implements CommandGateway {

    private final List<CommandMessage<?>> sent = new ArrayList<>();
    private Function<Object, RuntimeException> refusal;

    public List<CommandMessage<?>> sent() {
        return sent;
    }

    public List<Object> payloads() {
        return sent.stream().<Object>map(CommandMessage::getPayload).toList();
    }

    public CommandMessage<?> last() {
        return sent.get(sent.size() - 1);
    }

    /** The next command is refused with {@code failure} and not recorded. */
    public void refuseNext(RuntimeException failure) {
        refusal = command -> failure;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        if (refusal != null) {
            RuntimeException failure = refusal.apply(message.getPayload());
            refusal = null;
            throw failure;
        }
        sent.add(message);
        return (R) Long.valueOf(sent.size());
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException("tasks send and wait");
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        throw new UnsupportedOperationException("tasks send and wait");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        throw new UnsupportedOperationException();
    }
}
