package ru.edu.innovation.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts a Tasklist form shows (headings, instructions, labels, options) with their {@code {{ … }}}
 * inserts evaluated against a task's variables by the engine's FEEL, as form-js evaluates them in the
 * browser; the browser test in command-service checks the real rendering.
 */
final class FormTexts {

    private static final Pattern INSERT = Pattern.compile("\\{\\{(.+?)}}");
    private static final List<String> SHOWN = List.of("text", "label", "dateLabel", "description");

    private FormTexts() {
    }

    static List<String> of(ProcessEngine engine, String formId, Map<String, Object> variables) {
        FeelEngine feel = ((DefaultDmnEngineConfiguration) ((ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getDmnEngineConfiguration()).getFeelEngine();
        List<String> texts = new ArrayList<>();
        collect(read(formId), texts);
        return texts.stream().map(text -> render(feel, text, variables)).toList();
    }

    private static String render(FeelEngine feel, String text, Map<String, Object> variables) {
        Matcher insert = INSERT.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (insert.find()) {
            Object value = feel.evaluateSimpleExpression(insert.group(1),
                    Variables.fromMap(variables).asVariableContext());
            insert.appendReplacement(rendered, Matcher.quoteReplacement(String.valueOf(value)));
        }
        return insert.appendTail(rendered).toString();
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            SHOWN.forEach(field -> {
                if (node.path(field).isTextual()) {
                    texts.add(node.path(field).asText());
                }
            });
        }
        node.forEach(child -> collect(child, texts));
    }

    private static JsonNode read(String formId) {
        try (InputStream in = FormTexts.class.getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
