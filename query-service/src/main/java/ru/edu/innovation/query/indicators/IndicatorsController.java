package ru.edu.innovation.query.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.LocalDate;

@RestController
@Tag(name = "Показатели")
public class IndicatorsController {

    private final ProjectAccess access;

    public IndicatorsController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/indicators")
    @Operation(summary = "Показатели проекта: базовое и целевое значение, метод сбора, сроки, ответственные, "
            + "значения по периодам (и по составляющим), последнее значение и доля достижения цели")
    public ProjectIndicators indicators(@PathVariable String projectId,
                                        @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                        @RequestParam(required = false) Long minVersion,
                                        @Parameter(description = "только значения периодов, которые заканчиваются не раньше этой даты")
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @Parameter(description = "только значения периодов, которые начинаются не позже этой даты")
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ProjectIndicators.of(access.readableCard(projectId, minVersion), from, to);
    }
}
