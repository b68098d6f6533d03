package ru.edu.innovation.query.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/projects/{projectId}/reports/{reportId}/versions")
@Tag(name = "Документы отчётов")
public class ReportVersionsController {

    private final ReportVersions versions;

    public ReportVersionsController(ReportVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    @Operation(summary = "Версии отчёта: номер, когда и кем подана, событие, на котором основана, SHA-256 содержимого "
            + "и результат проверки (хеш пересчитан по записанным событиям, цепочка хешей проверена до события подачи)")
    public List<ReportVersions.VersionEntry> versions(@PathVariable String projectId, @PathVariable String reportId) {
        return versions.list(projectId, reportId);
    }

    @GetMapping("/diff")
    @Operation(summary = "Что изменилось между двумя версиями отчёта: разделы и строки таблицы мероприятий "
            + "(добавлены, удалены, изменены) с содержимым до и после")
    public VersionDiff diff(@PathVariable String projectId, @PathVariable String reportId,
                            @Parameter(description = "номер версии, с которой сравнивать") @RequestParam int from,
                            @Parameter(description = "номер версии, которую сравнивать") @RequestParam int to) {
        return versions.diff(projectId, reportId, from, to);
    }
}
