package ru.edu.innovation.query.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's build stage rehearsed without Docker: the build context is laid out as .dockerignore leaves it, the
 * stage's COPY instructions copy from it into an empty folder, and the stage's Maven command runs there, offline
 * against the local repository. A module the parent pom lists but the stage does not copy fails here, not first in
 * {@code docker compose up}.
 */
@DisplayName("the Dockerfile's build stage")
class DockerfileBuildStageTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path DOCKERFILE = REPOSITORY.resolve("Dockerfile");
    private static final String SERVICE = "query-service";
    private static final long TIMEOUT_MINUTES = 8;

    @TempDir
    Path stage;

    @Test
    @DisplayName("builds query-service's jar from exactly what it copies, offline, installing nothing")
    void buildsTheServiceFromWhatItCopies() throws Exception {
        BuildStage build = BuildStage.read(Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8), SERVICE);
        assertThat(build.copies()).as("COPY instructions of the build stage").isNotEmpty();
        DockerIgnore ignored = DockerIgnore.read(REPOSITORY.resolve(".dockerignore"));
        for (String[] copy : build.copies()) {
            copy(REPOSITORY, ignored, copy, stage, build.workdir());
        }
        Path workdir = stage.resolve(build.workdir());
        try (Stream<Path> copied = Files.walk(stage)) {
            assertThat(copied.filter(path -> path.getFileName().toString().equals("target")))
                    .as("no build output of this checkout is copied into the stage").isEmpty();
        }

        List<String> maven = build.mavenCommand();
        assertThat(maven).as("the stage only packages; nothing goes into the local repository")
                .doesNotContain("install", "deploy");
        List<String> command = new ArrayList<>();
        command.add(mavenExecutable());
        command.addAll(maven.subList(1, maven.size()));
        command.add("-o");
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        // Offline, Maven 3.8 refuses a pom in the local repository that it recorded as fetched through a repository
        // id the offline build does not know (poms of Camunda and Flyway declare one named maven-central). The
        // rehearsal asks whether the copied files are enough, not where a library came from, so every file there counts.
        command.add("-Daether.enhancedLocalRepository.trackingFilename=_rehearsal.repositories");
        Path log = Files.createTempFile("dockerfile-build-stage-", ".log");
        Process process = new ProcessBuilder(command).directory(workdir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(process.isAlive() ? -1 : process.exitValue())
                .as("%s in %s exits 0 within %d minutes; its output:%n%s", String.join(" ", command), workdir,
                        TIMEOUT_MINUTES, output)
                .isZero();
        try (Stream<Path> jars = Files.list(workdir.resolve(SERVICE).resolve("target"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .as("the jar the stage's next step copies")
                    .anyMatch(name -> name.matches(Pattern.quote(SERVICE) + "-[0-9].*\\.jar"));
        }
    }

    /** Copies a COPY instruction's sources from the context into the stage, as Docker does with no flags. */
    private static void copy(Path context, DockerIgnore ignored, String[] instruction, Path stage, String workdir)
            throws IOException {
        String destination = instruction[instruction.length - 1];
        Path target = destination.startsWith("/") ? stage.resolve(destination.substring(1))
                : stage.resolve(workdir).resolve(destination);
        for (String source : Arrays.asList(instruction).subList(0, instruction.length - 1)) {
            assertThat(source).as("a COPY source the rehearsal can copy").doesNotContain("*", "?", "..").doesNotStartWith("--");
            Path from = context.resolve(source).normalize();
            assertThat(from).as("COPY source %s", source).exists();
            if (Files.isDirectory(from)) {
                copyTree(context, ignored, from, target);
            } else {
                Path to = destination.endsWith("/") || destination.equals(".") ? target.resolve(from.getFileName()) : target;
                if (!ignored.excludes(context.relativize(from))) {
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A directory's contents (not the directory itself) into the target, less what .dockerignore leaves out. */
    private static void copyTree(Path context, DockerIgnore ignored, Path from, Path target) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Path inContext = context.relativize(directory);
                if (!inContext.toString().isEmpty() && ignored.excludes(inContext)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && !ignored.excludes(context.relativize(file))) {
                    Files.copy(file, target.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String mavenExecutable() {
        String name = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", name))) {
            return Path.of(home, "bin", name).toString();
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new AssertionError("the rehearsal runs Maven: no " + name + " on the PATH"));
    }

    /** The first stage of the Dockerfile: its WORKDIR, its COPY instructions and its Maven command. */
    record BuildStage(String workdir, List<String[]> copies, List<String> mavenCommand) {

        static BuildStage read(List<String> dockerfile, String service) {
            List<String> instructions = instructions(dockerfile);
            String workdir = ".";
            List<String[]> copies = new ArrayList<>();
            List<String> maven = null;
            int stages = 0;
            for (String instruction : instructions) {
                String[] words = instruction.split("\\s+", 2);
                String keyword = words[0].toUpperCase();
                String rest = words.length > 1 ? words[1].replace("${SERVICE}", service).replace("$SERVICE", service) : "";
                if (keyword.equals("FROM") && ++stages > 1) {
                    break;
                }
                switch (keyword) {
                    case "WORKDIR" -> workdir = rest.startsWith("/") ? rest.substring(1) : workdir + "/" + rest;
                    case "COPY", "ADD" -> {
                        assertThat(rest).as("%s in the build stage: a plain, relative copy from the context", keyword)
                                .doesNotStartWith("--").doesNotStartWith("[");
                        copies.add(rest.trim().split("\\s+"));
                    }
                    case "RUN" -> {
                        for (String step : rest.split("&&")) {
                            if (step.trim().startsWith("mvn ")) {
                                maven = List.of(step.trim().split("\\s+"));
                            }
                        }
                    }
                    default -> { }
                }
            }
            assertThat(maven).as("a RUN of the build stage runs mvn").isNotNull();
            return new BuildStage(workdir, copies, maven);
        }

        /** Instructions with their continuation lines joined; comments and blank lines dropped. */
        private static List<String> instructions(List<String> lines) {
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                } else {
                    instructions.add(current.append(trimmed).toString());
                    current.setLength(0);
                }
            }
            return instructions;
        }
    }

    /**
     * .dockerignore as Docker reads it: one pattern a line ({@code *}, {@code ?}, {@code **} for any number of
     * directories, {@code !} to take back an earlier pattern), the last matching line decides, and a pattern that
     * matches a directory leaves out everything in it.
     */
    record DockerIgnore(List<Pattern> patterns, List<Boolean> exceptions) {

        static DockerIgnore read(Path file) throws IOException {
            List<Pattern> patterns = new ArrayList<>();
            List<Boolean> exceptions = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String pattern = line.strip();
                    if (pattern.isEmpty() || pattern.startsWith("#")) {
                        continue;
                    }
                    boolean exception = pattern.startsWith("!");
                    pattern = exception ? pattern.substring(1).strip() : pattern;
                    pattern = pattern.replaceAll("^/+", "").replaceAll("/+$", "");
                    patterns.add(Pattern.compile(regex(pattern)));
                    exceptions.add(exception);
                }
            }
            return new DockerIgnore(patterns, exceptions);
        }

        boolean excludes(Path relative) {
            List<String> prefixes = new ArrayList<>();
            StringBuilder prefix = new StringBuilder();
            for (Path part : relative) {
                prefix.append(prefix.isEmpty() ? "" : "/").append(part);
                prefixes.add(prefix.toString());
            }
            boolean excluded = false;
            for (int i = 0; i < patterns.size(); i++) {
                Pattern pattern = patterns.get(i);
                if (prefixes.stream().anyMatch(path -> pattern.matcher(path).matches())) {
                    excluded = !exceptions.get(i);
                }
            }
            return excluded;
        }

        private static String regex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (glob.startsWith("**/", i)) {
                    regex.append("(?:.*/)?");
                    i += 2;
                } else if (glob.startsWith("**", i)) {
                    regex.append(".*");
                    i += 1;
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else if (c == '\\' && i + 1 < glob.length()) {
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }
    }
}
