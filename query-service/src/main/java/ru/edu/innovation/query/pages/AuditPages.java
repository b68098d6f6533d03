package ru.edu.innovation.query.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.plan.CalendarPlan;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The audit pages of a project: its history as a timeline, the state at a day, the difference
 * between two days, the hash-chain check, and the history's downloads. Who may open them is what
 * the read API's audit views allow ({@link ProjectAudit}).
 */
@Controller
@Validated
public class AuditPages {

    private final ProjectAudit audit;
    private final Clock clock;

    public AuditPages(ProjectAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/projects/{projectId}/audit")
    public String timeline(@PathVariable String projectId,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String actor,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                           Model model) {
        model.addAttribute("timeline", audit.timeline(projectId, kind, actor, page));
        model.addAttribute("projectId", projectId);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("actor", actor == null ? "" : actor);
        return "pages/audit-timeline";
    }

    @GetMapping("/projects/{projectId}/audit/state")
    public String state(@PathVariable String projectId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                        Model model) {
        LocalDate day = at == null ? LocalDate.now(clock) : at;
        ProjectCard card = audit.stateAt(projectId, day);
        model.addAttribute("projectId", projectId);
        model.addAttribute("card", card);
        model.addAttribute("at", day);
        model.addAttribute("plan", CalendarPlan.of(card, day));
        return "pages/audit-state";
    }

    @GetMapping("/projects/{projectId}/audit/diff")
    public String difference(@PathVariable String projectId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusMonths(1) : from;
        model.addAttribute("projectId", projectId);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("changes", audit.difference(projectId, start, end));
        return "pages/audit-diff";
    }

    @GetMapping("/projects/{projectId}/audit/verify")
    public String verify(@PathVariable String projectId, Model model) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("check", audit.verify(projectId));
        return "pages/audit-verify";
    }

    @GetMapping("/projects/{projectId}/audit/history.csv")
    public void csv(@PathVariable String projectId, HttpServletResponse response) throws IOException {
        // Checked before the download's headers: a refusal comes out as its page, not as a file.
        audit.requireReadable(projectId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(projectId, "csv"));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // Excel reads a UTF-8 CSV's Cyrillic only after a byte-order mark.
        out.write('\uFEFF');
        audit.writeCsv(projectId, out);
        out.flush();
    }

    @GetMapping("/projects/{projectId}/audit/history.json")
    public void json(@PathVariable String projectId, HttpServletResponse response) throws IOException {
        audit.requireReadable(projectId);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(projectId, "json"));
        audit.writeJson(projectId, response.getOutputStream());
    }

    private static String attachment(String projectId, String extension) {
        return ContentDisposition.attachment().filename("history-" + projectId + "." + extension, StandardCharsets.UTF_8)
                .build().toString();
    }
}
