package ru.edu.innovation.query.pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.query.acts.ProjectNormativeActs;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.contests.ProjectContests;
import ru.edu.innovation.query.dissemination.ProjectDissemination;
import ru.edu.innovation.query.indicators.ComponentProgress;
import ru.edu.innovation.query.indicators.IndicatorProgress;
import ru.edu.innovation.query.indicators.ProjectIndicators;
import ru.edu.innovation.query.network.NetworkSubProjects;
import ru.edu.innovation.query.participation.ProjectParticipants;
import ru.edu.innovation.query.plan.CalendarPlan;
import ru.edu.innovation.query.plan.HeldEvents;
import ru.edu.innovation.query.products.ProjectProducts;
import ru.edu.innovation.query.resources.ProjectResources;
import ru.edu.innovation.query.risks.ProjectRisks;
import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections of a project's year, a page each, linked from the project page: the calendar plan
 * with each activity's outcome as of a day, the events held, dissemination of experience, contests,
 * products, local acts, participants and team, resources, risks and indicators. Each reads the same
 * view the read API answers, under the same access rule, filtered by the same GET parameters.
 */
@Controller
public class ProjectYearPages {

    private final ProjectAccess access;
    private final Clock clock;

    public ProjectYearPages(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/projects/{projectId}/plan")
    public String plan(@PathVariable String projectId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                       Model model) {
        ProjectCard card = section(projectId, model);
        LocalDate asOf = at == null ? LocalDate.now(clock) : at;
        model.addAttribute("at", at);
        model.addAttribute("plan", CalendarPlan.of(card, asOf));
        return "pages/year-plan";
    }

    /** The network's sub-projects (seed 004), each with its participant, leader, period and own plan as of a day. */
    @GetMapping("/projects/{projectId}/sub-projects")
    public String subProjects(@PathVariable String projectId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                              Model model) {
        ProjectCard card = section(projectId, model);
        LocalDate asOf = at == null ? LocalDate.now(clock) : at;
        model.addAttribute("at", at);
        model.addAttribute("subProjects", NetworkSubProjects.of(card, asOf).subProjects().stream()
                .map(entry -> new SubProjectSection(entry, CalendarPlan.of(card, asOf, entry.subProjectId())))
                .toList());
        return "pages/year-sub-projects";
    }

    /** A sub-project and its plan, drawn by the same plan fragment as the network's own. */
    public record SubProjectSection(NetworkSubProjects.Entry subProject, CalendarPlan plan) {
    }

    @GetMapping("/projects/{projectId}/events")
    public String events(@PathVariable String projectId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) EventLevel level,
                         Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("level", level);
        model.addAttribute("levels", EventLevel.values());
        model.addAttribute("events", HeldEvents.of(card, period.from(), period.to(), level).events());
        return "pages/year-events";
    }

    @GetMapping("/projects/{projectId}/dissemination")
    public String dissemination(@PathVariable String projectId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) OutreachLevel level,
                                @RequestParam(required = false) DisseminationForm form,
                                Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("level", level);
        model.addAttribute("form", form);
        model.addAttribute("levels", OutreachLevel.values());
        model.addAttribute("forms", DisseminationForm.values());
        model.addAttribute("dissemination", ProjectDissemination.of(card, period, level, form, clock.getZone()));
        return "pages/year-dissemination";
    }

    @GetMapping("/projects/{projectId}/contests")
    public String contests(@PathVariable String projectId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) OutreachLevel level,
                           @RequestParam(required = false) ContestResult result,
                           Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("level", level);
        model.addAttribute("result", result);
        model.addAttribute("levels", OutreachLevel.values());
        model.addAttribute("results", ContestResult.values());
        model.addAttribute("contests", ProjectContests.of(card, period, level, result, clock.getZone()).entries());
        return "pages/year-contests";
    }

    @GetMapping("/projects/{projectId}/products")
    public String products(@PathVariable String projectId,
                           @RequestParam(required = false) ProductKind kind,
                           Model model) {
        ProjectCard card = section(projectId, model);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("products", ProjectProducts.of(card, kind, null).products());
        return "pages/year-products";
    }

    @GetMapping("/projects/{projectId}/acts")
    public String acts(@PathVariable String projectId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) NormativeActKind kind,
                       Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", NormativeActKind.values());
        model.addAttribute("acts", ProjectNormativeActs.of(card, period, kind));
        return "pages/year-acts";
    }

    @GetMapping("/projects/{projectId}/participants")
    public String participants(@PathVariable String projectId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("participants", ProjectParticipants.of(card, period.from(), period.to()));
        return "pages/year-participants";
    }

    @GetMapping("/projects/{projectId}/resources")
    public String resources(@PathVariable String projectId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) ResourceKind kind,
                            Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("resources", ProjectResources.of(card, kind, period.from(), period.to()).resources());
        return "pages/year-resources";
    }

    @GetMapping("/projects/{projectId}/risks")
    public String risks(@PathVariable String projectId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        model.addAttribute("risks", ProjectRisks.of(card, period.from(), period.to()).risks());
        return "pages/year-risks";
    }

    @GetMapping("/projects/{projectId}/indicators")
    public String indicators(@PathVariable String projectId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             Model model) {
        PeriodFilter period = period(from, to, model);
        ProjectCard card = section(projectId, model);
        ProjectIndicators indicators = ProjectIndicators.of(card, period.from(), period.to());
        Map<String, String> charts = new LinkedHashMap<>();
        for (IndicatorProgress indicator : indicators.indicators()) {
            if (indicator.components().isEmpty()) {
                charts.put(indicator.indicatorId(), Charts.indicator(
                        "Показатель «" + indicator.name() + "»: факт по периодам, базовое и целевое значения",
                        indicator.periodLabels(), indicator.values().stream().map(value -> value.value()).toList(),
                        indicator.baseline(), indicator.target()));
            }
            for (ComponentProgress component : indicator.components()) {
                charts.put(indicator.indicatorId() + "/" + component.name(), Charts.indicator(
                        "Составляющая «" + component.name() + "» показателя «" + indicator.name()
                                + "»: факт по периодам, базовое и целевое значения",
                        component.values().stream().map(ComponentProgress.Reading::periodLabel).toList(),
                        component.values().stream().map(ComponentProgress.Reading::value).toList(),
                        component.baseline(), component.target()));
            }
        }
        model.addAttribute("indicators", indicators.indicators());
        model.addAttribute("charts", charts);
        return "pages/year-indicators";
    }

    /** The project's card for the reader, or the Russian 404 / 403 page, as the project page does it. */
    private ProjectCard section(String projectId, Model model) {
        ProjectCard card = access.readableCard(projectId, null);
        model.addAttribute("card", card);
        return card;
    }

    /** The period asked for; one that ends before it starts is the Russian 400 page. */
    private static PeriodFilter period(LocalDate from, LocalDate to, Model model) {
        PeriodFilter period = PeriodFilter.of(from, to);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return period;
    }
}
