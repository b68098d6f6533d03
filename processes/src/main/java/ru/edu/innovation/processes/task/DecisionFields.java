package ru.edu.innovation.processes.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of each Tasklist form under {@code resources/forms}: the decision fields a reviewer fills
 * in, and the fields the form only shows. A task completion may set the first and echo the second;
 * every other process variable belongs to the process.
 */
@Component
public class DecisionFields {

    /** The fields of one form, by its id (the tasks' {@code camunda:formRef}). */
    public record Form(Set<String> decisions, Set<String> shown) {
    }

    private final Map<String, Form> forms;

    public DecisionFields() {
        this("classpath*:forms/*.form");
    }

    DecisionFields(String locationPattern) {
        Map<String, Form> read = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    Set<String> decisions = new LinkedHashSet<>();
                    Set<String> shown = new LinkedHashSet<>();
                    collect(form, decisions, shown);
                    read.put(form.path("id").asText(), new Form(Set.copyOf(decisions), Set.copyOf(shown)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Tasklist forms could not be read", e);
        }
        this.forms = Map.copyOf(read);
    }

    /** The fields of the form {@code formId}; empty if it is not one of the product's forms. */
    public Optional<Form> of(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    private static void collect(JsonNode node, Set<String> decisions, Set<String> shown) {
        for (JsonNode component : node.path("components")) {
            String key = component.path("key").asText(null);
            if (key != null) {
                boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
                (readOnly ? shown : decisions).add(key);
            }
            collect(component, decisions, shown);
        }
    }
}
