package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The feed's published contract, generated from the api's event records: one JSON Schema per event
 * type and the AsyncAPI document of the topic. The files under {@code resources/static} are checked
 * against this in {@link FeedContractTest}; {@code -Dinnovation.update-contract=true} rewrites them.
 */
final class FeedContract {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private FeedContract() {
    }

    /** Every stored event type of the api: the records with a {@code @Revision}. */
    static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("ru.edu.innovation.api").stream()
                .<Class<?>>map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(Comparator.comparing(type -> type.getSimpleName()))
                .toList();
    }

    static ObjectNode schemaOf(Class<?> eventType) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forTypesInGeneral().withStringFormatResolver(scope ->
                scope.getType().isInstanceOf(LocalDate.class) ? "date"
                        : scope.getType().isInstanceOf(Instant.class) ? "date-time" : null);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(eventType);
        schema.put("$id", "urn:innovation:schema:" + EventTypes.versionedName(eventType));
        schema.put("title", EventTypes.cloudEventType(eventType));
        return schema;
    }

    /** AsyncAPI 3.0: the topic, one message per event type, its CloudEvents envelope and payload schema. */
    static ObjectNode asyncApi(List<Class<?>> eventTypes) {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Инновационные площадки: поток событий проектов");
        info.put("version", "1.0.0");
        info.put("description", "Every stored event of every project, in order per project (key = project id), as a "
                + "CloudEvents 1.0 event in structured JSON mode. Delivery is at least once: deduplicate by the "
                + "CloudEvents id.");
        ObjectNode channel = document.putObject("channels").putObject("projectEvents");
        channel.put("address", "innovation.project-events.v1");
        ObjectNode channelMessages = channel.putObject("messages");
        ObjectNode operation = document.putObject("operations").putObject("publishProjectEvents");
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/projectEvents");
        ArrayNode operationMessages = operation.putArray("messages");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (Class<?> type : eventTypes) {
            String name = EventTypes.versionedName(type);
            ObjectNode message = messages.putObject(name);
            message.put("name", EventTypes.cloudEventType(type));
            message.put("contentType", "application/cloudevents+json");
            message.putObject("headers").put("$ref", "#/components/schemas/Headers");
            ObjectNode payload = message.putObject("payload");
            payload.putArray("allOf").addObject().put("$ref", "#/components/schemas/CloudEvent");
            ObjectNode data = payload.withArray("allOf").addObject().putObject("properties");
            data.putObject("type").put("const", EventTypes.cloudEventType(type));
            data.putObject("data").put("$ref", "schemas/events/" + EventTypes.schemaFile(type));
            channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
            operationMessages.addObject().put("$ref", "#/channels/projectEvents/messages/" + name);
        }
        ObjectNode schemas = document.with("components").putObject("schemas");
        ObjectNode headers = schemas.putObject("Headers");
        headers.put("type", "object");
        headers.putObject("properties").putObject("content-type").put("const", CloudEvents.CONTENT_TYPE);
        schemas.set("CloudEvent", cloudEventSchema());
        return document;
    }

    private static JsonNode cloudEventSchema() {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        schema.putArray("required").add("specversion").add("id").add("source").add("type").add("subject").add("time")
                .add("datacontenttype").add("dataschema").add("sequencenumber").add("data");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("const", "1.0");
        properties.putObject("id").put("type", "string").put("description", "the stored event's id; deduplicate by it");
        properties.putObject("source").put("type", "string").put("format", "uri-reference");
        properties.putObject("type").put("type", "string");
        properties.putObject("subject").put("type", "string").put("description", "the project id");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("datacontenttype").put("const", "application/json");
        properties.putObject("dataschema").put("type", "string").put("format", "uri");
        properties.putObject("sequencenumber").put("type", "integer").put("minimum", 0)
                .put("description", "position of the event in the project's stream, from 0");
        properties.putObject("correlationid").put("type", "string");
        properties.putObject("causationid").put("type", "string");
        properties.putObject("organizationid").put("type", "string").put("description", "the acting organization");
        properties.putObject("actorid").put("type", "string");
        properties.putObject("actorrole").put("type", "string");
        properties.putObject("data").put("type", "object");
        return schema;
    }
}
