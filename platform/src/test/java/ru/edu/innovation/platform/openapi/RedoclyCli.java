package ru.edu.innovation.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redocly CLI, the OpenAPI linter, installed from the npm registry once into the local Maven repository's cache
 * folder (as download-maven-plugin keeps the compose schema there) and run with node. Without node and npm on the
 * PATH the lint cannot run, and the test that asks for it fails saying so.
 */
public final class RedoclyCli {

    public static final String VERSION = "2.77.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RedoclyCli() {
    }

    /**
     * Lints a served OpenAPI document with the recommended rules and asserts it has no error and no operation
     * without a 4xx answer or a login; the parsed document, for the caller's own checks.
     */
    public static JsonNode assertLintsClean(String served, String service) throws IOException, InterruptedException {
        Path file = Files.createTempFile(service + "-openapi-", ".json");
        Files.writeString(file, served, StandardCharsets.UTF_8);
        JsonNode report = lintRecommended(file);
        List<String> errors = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        report.path("problems").forEach(problem -> {
            String line = problem.path("ruleId").asText() + " at " + problem.at("/location/0/pointer").asText()
                    + ": " + problem.path("message").asText();
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(line);
            } else if (List.of("operation-4xx-response", "security-defined").contains(problem.path("ruleId").asText())) {
                undocumented.add(line);
            }
        });
        assertThat(errors).as("Redocly's errors in %s", file).isEmpty();
        assertThat(report.at("/totals/errors").asInt()).isZero();
        assertThat(undocumented).as("operations without a 4xx answer or a login").isEmpty();
        return JSON.readTree(served);
    }

    /** Lints the document with the recommended rules; Redocly's JSON report ({@code totals}, {@code problems}). */
    static JsonNode lintRecommended(Path document) throws IOException, InterruptedException {
        Path cli = installed().resolve(Path.of("node_modules", "@redocly", "cli", "bin", "cli.js"));
        Path report = Files.createTempFile("redocly-lint-", ".json");
        Path log = Files.createTempFile("redocly-lint-", ".log");
        // It exits 1 when it finds an error; the report says which.
        run(List.of(executable("node"), cli.toString(), "lint", "--extends=recommended", "--format=json",
                "--max-problems=1000", document.toString()), report, log, 3);
        String output = Files.readString(report, StandardCharsets.UTF_8);
        if (!output.stripLeading().startsWith("{")) {
            throw new AssertionError("redocly lint wrote no report: " + output + Files.readString(log));
        }
        return JSON.readTree(output);
    }

    private static synchronized Path installed() throws IOException, InterruptedException {
        Path cache = localRepository().resolve(Path.of(".cache", "redocly-cli", VERSION));
        if (Files.isRegularFile(cache.resolve(Path.of("node_modules", "@redocly", "cli", "bin", "cli.js")))) {
            return cache;
        }
        // Installed next to the cache and moved in whole, so a second build at the same time never sees half of it.
        Files.createDirectories(cache.getParent());
        Path staging = Files.createTempDirectory(cache.getParent(), VERSION + "-");
        Path log = Files.createTempFile("redocly-install-", ".log");
        List<String> install = List.of(executable("npm"), "install", "--no-audit", "--no-fund", "--no-save",
                "--prefix", staging.toString(), "@redocly/cli@" + VERSION);
        if (run(install, log, log, 10) != 0) {
            delete(staging);
            throw new AssertionError(String.join(" ", install) + " failed: " + Files.readString(log));
        }
        try {
            Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException installedMeanwhile) {
            delete(staging);
        }
        return cache;
    }

    /** Runs the command to its end; standard output and error go to the files given (one file: both, in order). */
    private static int run(List<String> command, Path output, Path errors, int timeoutMinutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile());
        if (output.equals(errors)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(errors.toFile());
        }
        // No usage reports and no update notices: the machine reaches the npm registry, nothing else.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutMinutes + " minutes");
        }
        return process.exitValue();
    }

    private static String executable(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new AssertionError("The OpenAPI lint needs Node.js 20+ with npm: no " + name
                        + " on the PATH. Install Node.js (Debian: apt-get install nodejs npm) and run the tests again."));
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
