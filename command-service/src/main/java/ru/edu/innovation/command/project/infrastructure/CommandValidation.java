package ru.edu.innovation.command.project.infrastructure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks every command against its Bean Validation constraints when it is sent, whoever sends it,
 * and refuses it as Axon's {@code BeanValidationInterceptor} does, with a {@link JSR303ViolationException}:
 * a process task builds its command from task variables that nothing else checks.
 * <p>
 * A command the web layer built around a request body it has already validated carries
 * {@link #BODY_VALIDATED} in its metadata. Only its own properties are checked then (the path's ids and
 * that the body is there), without going into the body a second time: the body's check at the web layer
 * is the one that answers with the fields named, and the second walk through the same body was a
 * visible part of every command's cost (bench/findings.md). A command type with constraints on the
 * whole record is always checked in full.
 */
public class CommandValidation implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** Metadata of a command whose cascaded parts are request bodies the web layer has validated. */
    public static final String BODY_VALIDATED = "bodyValidated";

    private final Validator validator;

    /**
     * The accessors of each command type's constrained components, or null where that is not all of its
     * constraints (constraints on the record itself or on a getter of its own): those are checked in full.
     */
    private final ClassValue<List<Method>> ownProperties = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> commandType) {
            BeanDescriptor command = validator.getConstraintsForClass(commandType);
            if (!commandType.isRecord() || command.hasConstraints()) {
                return null;
            }
            Map<String, Method> components = Arrays.stream(commandType.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor));
            List<Method> accessors = new ArrayList<>();
            for (PropertyDescriptor property : command.getConstrainedProperties()) {
                Method accessor = components.get(property.getPropertyName());
                if (accessor == null) {
                    return null;
                }
                accessors.add(ReflectionUtils.ensureAccessible(accessor));
            }
            return List.copyOf(accessors);
        }
    };

    public CommandValidation(ValidatorFactory validatorFactory) {
        this.validator = validatorFactory.getValidator();
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Set<ConstraintViolation<Object>> violations = validate(command);
            if (!violations.isEmpty()) {
                throw new JSR303ViolationException(violations);
            }
            return command;
        };
    }

    /**
     * Bean Validation's {@code validateValue} checks a component's own constraints and, unlike
     * {@code validateProperty} in Hibernate Validator, does not walk into the value.
     */
    @SuppressWarnings("unchecked")
    private Set<ConstraintViolation<Object>> validate(CommandMessage<?> command) {
        Object payload = command.getPayload();
        List<Method> properties = Boolean.TRUE.equals(command.getMetaData().get(BODY_VALIDATED))
                ? ownProperties.get(payload.getClass()) : null;
        if (properties == null) {
            return validator.validate(payload);
        }
        Set<ConstraintViolation<Object>> violations = Set.of();
        for (Method property : properties) {
            Set<? extends ConstraintViolation<?>> found = validator.validateValue(payload.getClass(),
                    property.getName(), valueOf(property, payload));
            if (!found.isEmpty()) {
                if (violations.isEmpty()) {
                    violations = new HashSet<>();
                }
                violations.addAll((Set<ConstraintViolation<Object>>) found);
            }
        }
        return violations;
    }

    private static Object valueOf(Method accessor, Object command) {
        try {
            return accessor.invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
