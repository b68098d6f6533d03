package ru.edu.innovation.query.card;

import org.axonframework.eventhandling.DomainEventMessage;
import ru.edu.innovation.api.common.MetaDataKeys;

import java.time.Instant;

/** Where and by whom a stored event happened, as a view records it next to the event's content. */
public record EventContext(long sequence, Instant at, String userId, String role, String processInstanceId,
                           String taskId) {

    public static EventContext of(DomainEventMessage<?> message) {
        var metaData = message.getMetaData();
        return new EventContext(message.getSequenceNumber(), message.getTimestamp(),
                text(metaData.get(MetaDataKeys.USER_ID)), text(metaData.get(MetaDataKeys.ROLE)),
                text(metaData.get(MetaDataKeys.PROCESS_INSTANCE_ID)), text(metaData.get(MetaDataKeys.TASK_ID)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
