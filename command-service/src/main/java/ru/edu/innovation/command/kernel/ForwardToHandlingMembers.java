package ru.edu.innovation.command.kernel;

import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardingMode;
import org.axonframework.modelling.command.inspection.EntityModel;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Forwards an event to an aggregate member only if the member, or a member of its own, has an event
 * sourcing handler for the event's payload. Axon offers every applied event to every member and each
 * member looks for a handler and goes on to its own members: with ten members of the project that walk
 * was a visible part of every command's and every replayed event's cost, while an event concerns one
 * or two of them. The payload types a member handles are read from its model once; a handler that
 * takes the whole message handles every payload, so it keeps every event coming.
 */
public class ForwardToHandlingMembers<T extends EventMessage<?>> implements ForwardingMode<T> {

    private Set<Class<?>> handledPayloads = Set.of(Object.class);
    private final Map<Class<?>, Boolean> forwarded = new ConcurrentHashMap<>();

    @Override
    public void initialize(Member field, EntityModel childEntity) {
        Set<Class<?>> payloads = new HashSet<>();
        collectHandledPayloads(childEntity, payloads, new HashSet<>());
        handledPayloads = Set.copyOf(payloads);
    }

    @Override
    public <E> Stream<E> filterCandidates(T message, Stream<E> candidates) {
        return forwarded.computeIfAbsent(message.getPayloadType(), this::handled) ? candidates : Stream.empty();
    }

    private boolean handled(Class<?> payloadType) {
        return handledPayloads.stream().anyMatch(handled -> handled.isAssignableFrom(payloadType));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collectHandledPayloads(EntityModel model, Set<Class<?>> payloads, Set<Class<?>> visited) {
        if (!visited.add(model.entityClass())) {
            return;
        }
        Map<Class<?>, List<MessageHandlingMember<?>>> handlers = model.allEventHandlers();
        handlers.values().forEach(members -> members.forEach(handler -> payloads.add(handler.payloadType())));
        for (Class<?> type = model.entityClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (AnnotationUtils.isAnnotationPresent(field, AggregateMember.class)) {
                    Optional<Class<?>> memberType = memberType(field);
                    if (memberType.isEmpty()) {
                        payloads.add(Object.class);
                    } else {
                        collectHandledPayloads(model.modelOf(memberType.get()), payloads, visited);
                    }
                }
            }
        }
    }

    /** The type of the field's member: a map's values, a collection's elements, or the field's own type. */
    private static Optional<Class<?>> memberType(Field field) {
        if (Map.class.isAssignableFrom(field.getType())) {
            return ReflectionUtils.resolveMemberGenericType(field, 1);
        }
        if (Iterable.class.isAssignableFrom(field.getType())) {
            return ReflectionUtils.resolveMemberGenericType(field, 0);
        }
        return Optional.of(field.getType());
    }
}
