package ru.edu.innovation.command.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Russian locale of each Camunda webapp next to the English one shipped in the webapp jar: the
 * same keys, and no text left in English.
 */
class RussianLocaleTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Proper names, abbreviations and literals that stay Latin in Russian text. */
    private static final Set<String> LATIN_ALLOWED = Set.of(
            "Camunda", "Cockpit", "Tasklist", "Optimize", "cockpit", "tasklist", "CE",
            "ID", "IO", "CSV", "JSON", "XML", "DMN", "BPMN", "DRD", "LDAP", "API", "F5", "CTRL",
            "FNI", "EDE", "DI", "PI", "TU", "null", "T");
    private static final Pattern PLACEHOLDERS_AND_MARKUP =
            Pattern.compile("\\{\\{[^}]*}}|<[^>]*>|&[a-z]+;|#\\w+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @ParameterizedTest(name = "{0}: ru.json has every key of the shipped en.json")
    @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
    void hasEveryKeyOfTheShippedEnglishLocale(String app) throws IOException {
        JsonNode english = shipped(app, "en.json").get("labels");
        JsonNode russian = ours(app).get("labels");

        List<String> missing = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            if (!russian.has(key)) {
                missing.add(key);
            }
        });
        assertThat(english.size()).as("keys in the shipped en.json").isGreaterThan(100);
        assertThat(missing).as("keys of en.json missing in ru.json").isEmpty();
    }

    @ParameterizedTest(name = "{0}: no value of ru.json is left in English")
    @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
    void leavesNoValueInEnglish(String app) throws IOException {
        JsonNode russian = ours(app).get("labels");

        Set<String> english = new TreeSet<>();
        russian.fields().forEachRemaining(entry -> {
            String text = PLACEHOLDERS_AND_MARKUP.matcher(entry.getValue().asText()).replaceAll(" ");
            Matcher word = LATIN_WORD.matcher(text);
            while (word.find()) {
                if (!LATIN_ALLOWED.contains(word.group())) {
                    english.add(entry.getKey() + " = " + entry.getValue().asText());
                }
            }
        });
        assertThat(english).as("values with English words").isEmpty();
    }

    @ParameterizedTest(name = "{0}: Russian is the only locale and the fallback")
    @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
    void offersRussianOnly(String app) throws IOException {
        String config = text(ourResource(app, "scripts/config.js"));

        assertThat(config).contains("availableLocales: ['ru']").contains("fallbackLocale: 'ru'");
    }

    @ParameterizedTest(name = "{0}: dates as dd.MM.yyyy, weeks from Monday")
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void writesDatesTheRussianWay(String app) throws IOException {
        JsonNode dates = ours(app).get("dateLocales");
        List<String> englishKeys = new ArrayList<>();
        shipped(app, "en.json").get("dateLocales").fieldNames().forEachRemaining(englishKeys::add);

        // Camunda defines the moment.js locale from these alone: a key left out falls back to English.
        assertThat(dates.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(englishKeys);
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(dates.at("/relativeTime/future").asText()).isEqualTo("через %s");
        assertThat(dates.at("/months/11").asText()).isEqualTo("декабря");
        assertThat(dates.at("/week/dow").asInt()).as("first day of the week").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: the migration banner is hidden")
    @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
    void hidesTheMigrationBanner(String app) throws IOException {
        assertThat(text(ourResource(app, "styles/user-styles.css"))).contains(".ce-eol-banner");
    }

    @ParameterizedTest(name = "the key {0} reads as a reviewer expects")
    @ValueSource(strings = {"CLAIM_TASK=Взять в работу", "COMPLETE=Завершить", "SAVE=Сохранить",
            "DUE=Срок", "TASKS=Задачи", "PAGE_LOGIN_SIGN_IN_ACTION=Войти", "COMMENT_CREATE=Добавить комментарий"})
    void usesTheReviewersVocabulary(String keyAndText) throws IOException {
        String[] pair = keyAndText.split("=");
        JsonNode labels = ours("tasklist").get("labels");

        assertThat(labels.path(pair[0]).asText()).isEqualTo(pair[1]);
        assertThat(CYRILLIC.matcher(labels.path(pair[0]).asText()).find()).isTrue();
    }

    private static JsonNode shipped(String app, String file) throws IOException {
        List<URL> all = Collections.list(RussianLocaleTest.class.getClassLoader()
                .getResources(APPS + app + "/locales/" + file));
        assertThat(all).as("%s/%s in the webapp jar", app, file).hasSize(1);
        try (InputStream in = all.get(0).openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static JsonNode ours(String app) throws IOException {
        return JSON.readTree(text(ourResource(app, "locales/ru.json")));
    }

    /** The first resource on the class path: the one Spring Boot serves. */
    private static URL ourResource(String app, String path) {
        URL url = RussianLocaleTest.class.getClassLoader().getResource(APPS + app + "/" + path);
        assertThat(url).as("%s/%s", app, path).isNotNull();
        assertThat(url.toString()).as("served from command-service, not the webapp jar").doesNotContain(".jar!");
        return url;
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
