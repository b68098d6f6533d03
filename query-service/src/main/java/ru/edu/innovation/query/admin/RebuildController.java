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
import java.util.List;

@RestController
@RequestMapping(RebuildController.PATH)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Администрирование")
public class RebuildController {

    static final String PATH = "/api/admin/rebuild";

    private final ProjectionRebuild rebuild;
    private final ProcessorPositions positions;
    private final SegmentClaims claims;

    public RebuildController(ProjectionRebuild rebuild, ProcessorPositions positions, SegmentClaims claims) {
        this.rebuild = rebuild;
        this.positions = positions;
        this.claims = claims;
    }

    @PostMapping
    @Operation(summary = "Перестроить все представления из хранилища событий (202; 409, если перестроение уже идёт)")
    @ProblemAnswer(status = 409, description = "Перестроение уже идёт (REBUILD_ALREADY_RUNNING) или сегменты "
            + "обрабатывает другой узел (REBUILD_ON_OTHER_NODE, с его именем)")
    public ResponseEntity<RebuildStatus> start() {
        // Resetting the tokens takes every segment's claim: refused here while another node holds one.
        List<String> elsewhere = positions.streamingProcessors().keySet().stream()
                .flatMap(processor -> claims.otherLiveOwners(processor).stream())
                .distinct()
                .toList();
        if (!elsewhere.isEmpty()) {
            throw new RebuildOnOtherNodeException(elsewhere, SegmentClaims.THIS_NODE);
        }
        return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuild.start());
    }

    @GetMapping
    @Operation(summary = "Ход перестроения: сколько событий из скольких, скорость, сколько осталось")
    public RebuildStatus status() {
        return rebuild.status();
    }
}
