package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import ru.edu.innovation.api.common.MetaDataKeys;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Takes the target project from the command's {@code @TargetAggregateIdentifier} and the version
 * the client expects from the command's metadata, so commands stay plain records. Axon refuses a
 * command whose expected version is older than the stored one; the project checks it before its
 * rules ({@code InnovationProject#requireExpectedVersion}), so a stale version is what the client hears.
 * <p>
 * The annotated method or field is looked up once per command type, as Axon's
 * {@code AnnotationCommandTargetResolver} looks it up (methods first, then fields): Axon's resolver
 * walks every method and field of the command with their annotations on every command.
 */
public class ExpectedVersionCommandTargetResolver implements CommandTargetResolver {

    private static final ClassValue<AccessibleObject> IDENTIFIERS = new ClassValue<>() {
        @Override
        protected AccessibleObject computeValue(Class<?> commandType) {
            for (Method method : ReflectionUtils.methodsOf(commandType)) {
                if (AnnotationUtils.isAnnotationPresent(method, TargetAggregateIdentifier.class)) {
                    return ReflectionUtils.ensureAccessible(method);
                }
            }
            for (Field field : ReflectionUtils.fieldsOf(commandType)) {
                if (AnnotationUtils.isAnnotationPresent(field, TargetAggregateIdentifier.class)) {
                    return ReflectionUtils.ensureAccessible(field);
                }
            }
            return null;
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object identifier = identifierOf(command);
        if (identifier == null) {
            throw new IllegalArgumentException(String.format("Invalid command. It does not identify the target "
                    + "aggregate. Make sure at least one of the fields or methods in the [%s] class contains the "
                    + "@TargetAggregateIdentifier annotation and that it returns a non-null value.",
                    command.getPayloadType().getSimpleName()));
        }
        Object expected = command.getMetaData().get(MetaDataKeys.EXPECTED_VERSION);
        Long version = expected == null ? null : Long.valueOf(expected.toString());
        return new VersionedAggregateIdentifier(identifier, version);
    }

    private static Object identifierOf(CommandMessage<?> command) {
        AccessibleObject accessor = IDENTIFIERS.get(command.getPayloadType());
        try {
            if (accessor instanceof Method method) {
                return method.invoke(command.getPayload());
            }
            return accessor == null ? null : ReflectionUtils.getFieldValue((Field) accessor, command.getPayload());
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information form a command", e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(
                    "The current security context does not allow extraction of aggregate information from the given command.", e);
        }
    }
}
