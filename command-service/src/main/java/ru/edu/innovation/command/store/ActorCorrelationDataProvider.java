package ru.edu.innovation.command.store;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import ru.edu.innovation.api.common.MetaDataKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries who acted, and on whose behalf, from a command to every event it causes:
 * the acting user, organization and role, the Camunda process instance and task when a task
 * caused it, the correlation id of the whole conversation and the causing message's id.
 */
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> PROPAGATED = List.of(
            MetaDataKeys.USER_ID, MetaDataKeys.ORGANIZATION_ID, MetaDataKeys.ROLE,
            MetaDataKeys.CORRELATION_ID, MetaDataKeys.PROCESS_INSTANCE_ID, MetaDataKeys.TASK_ID);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        MetaData source = message.getMetaData();
        Map<String, Object> data = new HashMap<>();
        for (String key : PROPAGATED) {
            Object value = source.get(key);
            if (value != null) {
                data.put(key, value.toString());
            }
        }
        data.putIfAbsent(MetaDataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
