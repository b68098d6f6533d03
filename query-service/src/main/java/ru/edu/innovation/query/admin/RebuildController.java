package ru.edu.innovation.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.edu.innovation.platform.openapi.ProblemAnswer;

import java.net.URI;

@RestController
@RequestMapping(RebuildController.PATH)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Администрирование")
public class RebuildController {

    static final String PATH = "/api/admin/rebuild";

    private final ProjectionRebuild rebuild;

    public RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @Operation(summary = "Перестроить все представления из хранилища событий (202; 409, если перестроение уже идёт)")
    @ProblemAnswer(status = 409, description = "Перестроение уже идёт (REBUILD_ALREADY_RUNNING)")
    public ResponseEntity<RebuildStatus> start() {
        return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuild.start());
    }

    @GetMapping
    @Operation(summary = "Ход перестроения: сколько событий из скольких, скорость, сколько осталось")
    public RebuildStatus status() {
        return rebuild.status();
    }
}
