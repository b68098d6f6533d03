package ru.edu.innovation.command.kernel;

import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.property.Property;
import org.axonframework.common.property.PropertyAccessStrategy;
import org.axonframework.modelling.command.inspection.AnnotatedChildEntity;
import org.axonframework.modelling.command.inspection.ChildEntity;
import org.axonframework.modelling.command.inspection.ChildEntityDefinition;
import org.axonframework.modelling.command.inspection.EntityModel;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Makes the members of a {@link MembersById} map: a command goes to the member its routing property
 * names, an event to the member its routing property names, if any; both by one lookup in the map.
 * Registered with Axon through {@code META-INF/services}.
 */
public class MembersByIdDefinition implements ChildEntityDefinition {

    /**
     * Remembers that a payload type has no routing property (the cache map holds no null): such an
     * event concerns no single member. Never read: a command reaches a member only if the member
     * handles it, and every such command carries the member's id.
     */
    private static final Property<Object> NONE = new Property<>() {
        @Override
        public <V> V getValue(Object target) {
            throw new UnsupportedOperationException("no routing property");
        }
    };

    @Override
    public <T> Optional<ChildEntity<T>> createChildDefinition(Member member, EntityModel<T> declaringEntity) {
        if (!(member instanceof Field field) || !field.isAnnotationPresent(MembersById.class)) {
            return Optional.empty();
        }
        if (!Map.class.isAssignableFrom(field.getType())) {
            throw new AxonConfigurationException("@MembersById needs a Map: " + field);
        }
        Class<?> memberType = ReflectionUtils.resolveMemberGenericType(field, 1).orElseThrow(
                () -> new AxonConfigurationException("cannot tell the member type of " + field));
        @SuppressWarnings("unchecked")
        EntityModel<Object> memberModel = declaringEntity.modelOf((Class<Object>) memberType);
        String routingKey = memberModel.routingKey();
        if (routingKey == null) {
            throw new AxonConfigurationException(memberType + " has no @EntityId to route by");
        }
        String missing = field.getAnnotation(MembersById.class).missing();
        ReflectionUtils.ensureAccessible(field);
        Map<Class<?>, Property<Object>> routingProperties = new ConcurrentHashMap<>();
        return Optional.of(new AnnotatedChildEntity<>(memberModel, true,
                (command, parent) -> {
                    Object key = routingProperty(routingProperties, command.getPayloadType(), routingKey)
                            .getValue(command.getPayload());
                    Object found = members(field, parent).get(key);
                    if (found == null) {
                        throw new UnknownProjectPartException(String.format(missing, key));
                    }
                    return found;
                },
                (event, parent) -> {
                    Property<Object> property = routingProperty(routingProperties, event.getPayloadType(), routingKey);
                    if (property == NONE) {
                        return Stream.empty();
                    }
                    Object found = members(field, parent).get(property.getValue(event.getPayload()));
                    return found == null ? Stream.empty() : Stream.of(found);
                }));
    }

    private static Property<Object> routingProperty(Map<Class<?>, Property<Object>> properties, Class<?> payloadType,
                                                    String routingKey) {
        return properties.computeIfAbsent(payloadType, type -> {
            Property<Object> property = PropertyAccessStrategy.getProperty(type, routingKey);
            return property == null ? NONE : property;
        });
    }

    private static Map<?, ?> members(Field field, Object parent) {
        try {
            Map<?, ?> members = (Map<?, ?>) field.get(parent);
            return members == null ? Map.of() : members;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
