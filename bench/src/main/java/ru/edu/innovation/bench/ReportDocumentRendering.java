package ru.edu.innovation.bench;

import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.seeds.SeedProjects;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The report document (HTML and PDF, DOCX alongside) of a project with 10 000 events: seed 004's
 * project with the seeds' five activities planned, an indicator with its value, events held, and
 * the interim report 2022–2023 submitted and signed. Each render is timed to the last byte of the
 * answer, next to a raw SELECT of the project's whole stream, which the document is drawn from.
 */
final class ReportDocumentRendering implements Scenario {

    @Override
    public String name() {
        return "documents: report of a long project";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        int events = run.quick() ? 300 : 10_000;
        String project = run.projects().activeProject();
        String base = "/api/projects/" + project;
        for (var activity : List.of(SeedProjects.resourceMapActivity(), SeedProjects.networkModelActivity(),
                SeedProjects.efficiencyIndicatorsActivity(), SeedProjects.conferenceActivity(),
                SeedProjects.methodicalDayActivity())) {
            run.commands().ok("sikora", base + "/activities", activity);
        }
        String indicator = run.commands().ok("sikora", base + "/indicators", SeedProjects.ogeAverageScorePhysics())
                .path("id").asText();
        run.commands().ok("sikora", base + "/indicators/" + indicator + "/values", new IndicatorValue(
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("15.6"), "ОГЭ 2023"));
        long stored = storedEvents(run, project);
        // Two events follow the held ones: the report's submission and its signature.
        fill(run, project, (int) Math.max(0, events - stored - 2));
        String report = run.commands().ok("sikora", base + "/reports", SeedProjects.interimReport2022_2023())
                .path("id").asText();
        long version = run.commands().ok("tikhomirova", base + "/reports/" + report + "/signature", null)
                .path("version").asLong();
        run.reads().okReceive("auditor", base + "/reports?minVersion=" + version);
        long total = storedEvents(run, project);
        String document = base + "/reports/" + report + "/document?format=";
        // Once each, untimed: the renderer's templates and fonts are loaded by the first document.
        long htmlBytes = run.reads().okReceive("auditor", document + "html");
        long pdfBytes = run.reads().okReceive("auditor", document + "pdf");
        run.reads().okReceive("auditor", document + "docx");
        int samples = run.quick() ? 3 : 10;
        List<Double> html = new ArrayList<>();
        List<Double> pdf = new ArrayList<>();
        List<Double> docx = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            html.add(timed(() -> run.reads().okReceive("auditor", document + "html")));
            pdf.add(timed(() -> run.reads().okReceive("auditor", document + "pdf")));
            docx.add(timed(() -> run.reads().okReceive("auditor", document + "docx")));
            raw.add(timed(() -> rawSelect(run, project)));
        }
        String group = "documents: report of a project with " + total + " events";
        double htmlP50 = Stats.percentile(html, 50);
        double pdfP50 = Stats.percentile(pdf, 50);
        double rawP50 = Stats.percentile(raw, 50);
        return List.of(
                Figure.of(group, "report document, HTML (p50)", htmlP50, "ms")
                        .against("raw SELECT of the whole stream", rawP50)
                        .target("< 1 s", htmlP50 < 1000)
                        .note(htmlBytes / 1024 + " KB"),
                Figure.of(group, "report document, PDF (p50)", pdfP50, "ms")
                        .against("raw SELECT of the whole stream", rawP50)
                        .target("< 1 s", pdfP50 < 1000)
                        .note(pdfBytes / 1024 + " KB"),
                Figure.of(group, "report document, DOCX (p50)", Stats.percentile(docx, 50), "ms")
                        .against("raw SELECT of the whole stream", rawP50));
    }

    private static void fill(Run run, String project, int events) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            jobs.add(pool.submit(() -> {
                int number;
                while ((number = next.incrementAndGet()) <= events) {
                    run.commands().ok("sikora", "/api/projects/" + project + "/held-events", Projects.heldEvent(number));
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
    }

    interface Action {
        void run() throws Exception;
    }

    private static double timed(Action action) throws Exception {
        long started = System.nanoTime();
        action.run();
        return Stats.millisSince(started);
    }

    private static long storedEvents(Run run, String project) throws Exception {
        try (Connection connection = run.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            query.setString(1, project);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void rawSelect(Run run, String project) throws Exception {
        try (Connection connection = run.connection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT event_identifier, sequence_number, time_stamp, payload_type, payload, meta_data
                       FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")) {
            query.setString(1, project);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getBytes("payload");
                    rows.getBytes("meta_data");
                }
            }
        }
    }
}
