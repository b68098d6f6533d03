package ru.edu.innovation.command.project.infrastructure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

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

    /** The constrained properties of each command type, or null where the record itself has constraints. */
    private final ClassValue<List<String>> ownProperties = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> commandType) {
            BeanDescriptor command = validator.getConstraintsForClass(commandType);
            if (command.hasConstraints()) {
                return null;
            }
            return command.getConstrainedProperties().stream().map(PropertyDescriptor::getPropertyName).toList();
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

    private Set<ConstraintViolation<Object>> validate(CommandMessage<?> command) {
        Object payload = command.getPayload();
        List<String> properties = Boolean.TRUE.equals(command.getMetaData().get(BODY_VALIDATED))
                ? ownProperties.get(payload.getClass()) : null;
        if (properties == null) {
            return validator.validate(payload);
        }
        Set<ConstraintViolation<Object>> violations = Set.of();
        for (String property : properties) {
            Set<ConstraintViolation<Object>> found = validator.validateProperty(payload, property);
            if (!found.isEmpty()) {
                if (violations.isEmpty()) {
                    violations = new HashSet<>();
                }
                violations.addAll(found);
            }
        }
        return violations;
    }
}
