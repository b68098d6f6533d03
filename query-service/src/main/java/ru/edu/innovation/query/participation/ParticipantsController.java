package ru.edu.innovation.query.participation;

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
@Tag(name = "Участники")
public class ParticipantsController {

    private final ProjectAccess access;

    public ParticipantsController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/participants")
    @Operation(summary = "Участники идущего проекта: численность по категориям за периоды, организации-участники "
            + "(роль, число, состав), команда (квалификационная категория, опыт)")
    public ProjectParticipants participants(@PathVariable String projectId,
                                            @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                            @RequestParam(required = false) Long minVersion,
                                            @Parameter(description = "только записи периодов, которые заканчиваются не раньше этой даты")
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @Parameter(description = "только записи периодов, которые начинаются не позже этой даты")
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ProjectParticipants.of(access.readableCard(projectId, minVersion), from, to);
    }
}
