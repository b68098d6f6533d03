package ru.edu.innovation.query.pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.innovation.query.attachments.ReportAttachments;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectCardHistory;
import ru.edu.innovation.query.documents.DocumentFormat;
import ru.edu.innovation.query.documents.DocumentRenderer;
import ru.edu.innovation.query.documents.ReportDocuments;
import ru.edu.innovation.query.indicators.IndicatorProgress;
import ru.edu.innovation.query.indicators.ProjectIndicators;
import ru.edu.innovation.query.plan.CalendarPlan;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's page: its card, the plan against what was done as of a day, its indicators with
 * charts, its reports with their frozen versions, documents and files, and the decisions taken on
 * it; the report documents and the files served under the page's login.
 */
@Controller
public class ProjectPages {

    private final ProjectAccess access;
    private final ProjectCardHistory cardHistory;
    private final ReportDocuments documents;
    private final ReportAttachments attachments;
    private final DocumentRenderer renderer;
    private final Labels labels;
    private final Clock clock;

    public ProjectPages(ProjectAccess access, ProjectCardHistory cardHistory, ReportDocuments documents,
                        ReportAttachments attachments, DocumentRenderer renderer, Labels labels, Clock clock) {
        this.access = access;
        this.cardHistory = cardHistory;
        this.documents = documents;
        this.attachments = attachments;
        this.renderer = renderer;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/projects/{projectId}")
    public String project(@PathVariable String projectId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                          Model model) {
        LocalDate today = LocalDate.now(clock);
        ProjectCard card;
        if (at == null || !at.isBefore(today)) {
            card = access.readableCard(projectId, null);
        } else {
            access.requireReadable(projectId);
            card = cardHistory.at(projectId, at.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1))
                    .orElseThrow(() -> new InvalidQueryException("на " + labels.date(at)
                            + " проекта ещё не было: выберите более позднюю дату"));
        }
        LocalDate asOf = at == null ? today : at;
        ProjectIndicators indicators = ProjectIndicators.of(card);
        Map<String, String> charts = new LinkedHashMap<>();
        for (IndicatorProgress indicator : indicators.indicators()) {
            charts.put(indicator.indicatorId(), Charts.indicator(
                    "Показатель «" + indicator.name() + "»: факт по периодам, базовое и целевое значения",
                    indicator.values().stream().map(value -> value.period().label()).toList(),
                    indicator.values().stream().map(value -> value.value()).toList(),
                    indicator.baseline(), indicator.target()));
        }
        model.addAttribute("card", card);
        model.addAttribute("asOf", asOf);
        model.addAttribute("at", at);
        model.addAttribute("plan", CalendarPlan.of(card, asOf));
        model.addAttribute("indicators", indicators.indicators());
        model.addAttribute("charts", charts);
        model.addAttribute("decisions", ProjectDecisions.of(card, labels));
        return "pages/project";
    }

    /**
     * The report's document in the format asked for, as the read API gives it, under the page's login:
     * the latest version, or version {@code version}.
     */
    @GetMapping("/projects/{projectId}/reports/{reportId}/document")
    public ResponseEntity<byte[]> document(@PathVariable String projectId, @PathVariable String reportId,
                                           @RequestParam(defaultValue = "HTML") DocumentFormat format,
                                           @RequestParam(required = false) Integer version) {
        return renderer.answer(documents.ofReport(projectId, reportId, version), format);
    }

    /** A file attached to a report, checked against its SHA-256 as the read API checks it, under the page's login. */
    @GetMapping("/projects/{projectId}/reports/{reportId}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable String projectId, @PathVariable String reportId,
                                             @PathVariable String attachmentId) {
        return attachments.download(projectId, reportId, attachmentId).asDownload();
    }
}
