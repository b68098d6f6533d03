package ru.edu.innovation.query.card;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.query.web.ProjectAccess;

@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Карточка проекта")
public class ProjectCardController {

    private final ProjectAccess access;

    public ProjectCardController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Карточка проекта: тема, цель, задачи, этапы, команда, участники, статус и приказ")
    public ResponseEntity<ProjectCard> card(@PathVariable String projectId,
                                            @Parameter(description = "подождать, пока карточка дойдёт до этой версии (из ответа команды)")
                                            @RequestParam(required = false) Long minVersion) {
        ProjectCard card = access.readableCard(projectId, minVersion);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + card.version() + "\"").body(card);
    }
}
