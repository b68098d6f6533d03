package ru.edu.innovation.command.kernel;

import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardNone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A map of aggregate members by their {@code @EntityId}. A command or an event reaches the one
 * member whose key its routing property names, by a lookup in the map ({@link MembersByIdDefinition}):
 * Axon's own map members offer every event to every member of the map, which would make each event
 * cost as much as the map is long. A command naming a member the map does not hold is refused with
 * {@link UnknownProjectPartException}. Axon's own definition sees the member through the
 * meta-annotation but forwards nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@AggregateMember(forwardCommands = false, eventForwardingMode = ForwardNone.class)
public @interface MembersById {

    /** The refusal's message when the member is missing; {@code %s} is replaced with the key. */
    String missing();
}
