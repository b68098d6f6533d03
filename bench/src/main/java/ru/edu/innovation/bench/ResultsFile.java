package ru.edu.innovation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** bench/results.md: the machine, the date, and every figure with its baseline, ratio and target. */
final class ResultsFile {

    private ResultsFile() {
    }

    static void write(Path file, boolean quick, OffsetDateTime when, List<Figure> figures) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("- date: ").append(when).append('\n');
        md.append("- mode: ").append(quick ? "quick (CI smoke run: judges nothing)" : "full").append('\n');
        md.append("- machine: ").append(machine()).append('\n');
        md.append("- java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append('\n');
        md.append("- each figure is the median of the repetitions of its scenario; baselines are measured in the same run\n\n");
        String group = null;
        for (Figure figure : figures) {
            if (!figure.group().equals(group)) {
                group = figure.group();
                md.append("\n## ").append(group).append("\n\n");
                md.append("| what | value | baseline (same run) | ratio | target | met | note |\n");
                md.append("|---|---|---|---|---|---|---|\n");
            }
            md.append("| ").append(figure.what())
                    .append(" | ").append(format(figure.value())).append(' ').append(figure.unit())
                    .append(" | ").append(figure.baseline() == null ? "" : figure.baselineName() + ": "
                            + format(figure.baseline()) + ' ' + figure.unit())
                    .append(" | ").append(figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f×", figure.ratio()))
                    .append(" | ").append(figure.target() == null ? "" : figure.target())
                    .append(" | ").append(figure.met() == null ? "" : quick ? "(not judged)" : figure.met() ? "yes" : "**no**")
                    .append(" | ").append(figure.note() == null ? "" : figure.note().replace("|", "/"))
                    .append(" |\n");
        }
        Path findings = Path.of("bench", "findings.md");
        if (Files.exists(findings)) {
            md.append('\n').append(Files.readString(findings));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString());
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException ignored) {
            // not Linux
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + memory + " GiB";
    }
}
