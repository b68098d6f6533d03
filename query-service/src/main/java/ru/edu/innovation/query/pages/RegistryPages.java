package ru.edu.innovation.query.pages;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.registry.ProjectRegistry;
import ru.edu.innovation.query.registry.RegistryEntry;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.query.summary.RegionalSummaries;
import ru.edu.innovation.query.summary.RegionalSummary;
import ru.edu.innovation.query.summary.ReportsDue;
import ru.edu.innovation.query.web.ProjectAccess;

import java.util.List;
import java.util.Set;

/** The way in: the login form, the registry of projects with its filters, and the regional summary. */
@Controller
@Validated
public class RegistryPages {

    static final int PAGE_SIZE = 20;

    private final ProjectRegistry registry;
    private final RegionalSummaries summaries;
    private final Labels labels;

    public RegistryPages(ProjectRegistry registry, RegionalSummaries summaries, Labels labels) {
        this.registry = registry;
        this.summaries = summaries;
        this.labels = labels;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/registry";
    }

    @GetMapping("/login")
    public String login() {
        return "pages/login";
    }

    @GetMapping("/registry")
    public String registry(@RequestParam(required = false) ProjectStatus status,
                           @RequestParam(required = false) StatusLevel level,
                           @RequestParam(required = false) String territory,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           Model model) {
        Reader reader = ProjectAccess.reader();
        // As the read API's registry: a school is held to its organization, a reviewer to its region or territory.
        Set<String> readableBy = reader.readableOrganizations();
        ProjectRegistry.Filter filter = new ProjectRegistry.Filter(readableBy, reader.participantOrganization(),
                level == null ? null : level.name(), status == null ? null : status.name(), blankToNull(territory), null, null, blankToNull(q));
        long total = registry.count(filter);
        List<RegistryEntry> entries = registry.page(filter, ProjectRegistry.SortColumn.UPDATED_AT, true, page, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("levels", StatusLevel.values());
        model.addAttribute("territories", registry.tally(ProjectRegistry.Tallied.TERRITORY, readableBy).keySet());
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("territory", blankToNull(territory));
        model.addAttribute("q", q == null ? "" : q);
        return "pages/registry";
    }

    @GetMapping("/summary")
    public String summary(Model model) {
        RegionalSummary summary = summaries.of(ProjectAccess.reader());
        model.addAttribute("summary", summary);
        model.addAttribute("statusChart", Charts.bars("Проекты по статусам", summary.byStatus().stream()
                .map(tally -> new Charts.Bar(labels.status(tally.key()), tally.projects())).toList()));
        model.addAttribute("levelChart", Charts.bars("Проекты по уровням", summary.byLevel().stream()
                .map(tally -> new Charts.Bar(labels.level(tally.key()), tally.projects())).toList()));
        model.addAttribute("territoryChart", Charts.bars("Проекты по территориям", summary.byTerritory().stream()
                .map(tally -> new Charts.Bar(tally.key(), tally.projects())).toList()));
        List<ReportsDue> due = summary.reportsDue();
        double[][] values = due.stream().map(level -> new double[] {level.due(), level.overdue()}).toArray(double[][]::new);
        model.addAttribute("dueChart", Charts.groupedBars("Отчёты на рассмотрении и просроченные",
                due.stream().map(level -> labels.reviewLevel(level.level())).toList(),
                List.of("на рассмотрении", "просрочено"), values));
        return "pages/summary";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
