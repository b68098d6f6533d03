package ru.edu.innovation.query.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.web.ProjectAccess;

@RestController
@RequestMapping("/api/projects/{projectId}/reports")
@Tag(name = "Отчёты")
public class ReportsController {

    private final ProjectAccess access;

    public ReportsController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Отчёты проекта: вид, отчётный период, текущий шаг согласования, с какого времени, "
            + "просрочка и все решения")
    public ProjectReports reports(@PathVariable String projectId,
                                  @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                  @RequestParam(required = false) Long minVersion) {
        return ProjectReports.of(access.readableCard(projectId, minVersion));
    }

    @GetMapping("/{reportId}")
    @Operation(summary = "Один отчёт: шаг согласования и все решения — кто, в какой роли, когда, с каким "
            + "заключением, по какой задаче процесса")
    public ReportProgress report(@PathVariable String projectId, @PathVariable String reportId,
                                 @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                 @RequestParam(required = false) Long minVersion) {
        ProjectCard card = access.readableCard(projectId, minVersion);
        ReportView report = card.reports().get(reportId);
        if (report == null) {
            throw new ReportNotFoundException(projectId, reportId);
        }
        return ReportProgress.of(report);
    }
}
