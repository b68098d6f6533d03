package ru.edu.innovation.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.platform.integrity.ChainVerification;
import ru.edu.innovation.platform.integrity.HashChainVerifier;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectCardHistory;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;
import ru.edu.innovation.query.web.ProjectNotFoundException;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The auditor's view of a project: its full history with who, when and on whose decision; the
 * project as it stood at any moment, replayed from the stored events; and the hash chain checked.
 * Read straight from the event store, so they never lag behind it.
 */
@RestController
@Validated
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Аудит")
public class AuditController {

    private final StoredHistory history;
    private final ProjectCardHistory cardHistory;
    private final JsonFactory jsonFactory;
    private final ProjectAccess access;
    private final Clock clock;
    private final HashChainVerifier chain;

    public AuditController(StoredHistory history, ProjectCardHistory cardHistory,
                           ObjectMapper objectMapper, ProjectAccess access, Clock clock, HashChainVerifier chain) {
        this.history = history;
        this.chain = chain;
        this.cardHistory = cardHistory;
        this.jsonFactory = objectMapper.getFactory();
        this.access = access;
        this.clock = clock;
    }

    /** An auditor reading a long project whole takes it in a few large pages rather than many requests. */
    static final int MAX_PAGE = 2000;

    private static final Instant EARLIEST_MOMENT = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST_MOMENT = Instant.parse("2200-01-01T00:00:00Z");

    @GetMapping(value = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Вся история проекта по порядку: кто, от какой организации и в какой роли, когда, "
            + "по какой задаче процесса, и содержание события")
    @ApiResponse(responseCode = "200", description = "страница истории",
            content = @Content(schema = @Schema(implementation = History.class)))
    public void history(@PathVariable String projectId,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE) int size,
                        HttpServletResponse response) throws IOException {
        access.requireReadable(projectId);
        long total = history.length(projectId);
        long from = (long) page * size;
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        // A page of 2000 events is about 2 MB: sent in fewer, larger writes than Tomcat's 8 KB.
        response.setBufferSize(64 * 1024);
        HistoryJson json = new HistoryJson(jsonFactory, response.getOutputStream(), projectId, total, page, size);
        history.writePage(projectId, from, size, json);
        json.end();
    }

    @GetMapping("/state")
    @Operation(summary = "Проект на заданный момент: события до него, проигранные заново (от ближайшей "
            + "контрольной точки перед ним)")
    public ProjectCard stateAt(@PathVariable String projectId,
                               @Parameter(description = "момент: 2023-06-01T10:00:00+07:00, 2023-06-01T10:00 "
                                       + "(время региона) или 2023-06-01 (конец дня в регионе)")
                               @RequestParam String at) {
        access.requireReadable(projectId);
        Instant moment = moment(at);
        return cardHistory.at(projectId, moment)
                .orElseThrow(() -> new ProjectNotFoundException(projectId + " на " + moment));
    }

    @GetMapping("/verify")
    @Operation(summary = "Пересчитать цепочку хешей: первое событие, хеш которого не сходится, или подтверждение целостности")
    public ChainVerification verify(@PathVariable String projectId) {
        access.requireReadable(projectId);
        return chain.verify(projectId);
    }

    private Instant moment(String at) {
        Instant moment;
        try {
            if (at.length() == 10) {
                moment = LocalDate.parse(at).plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
            } else if (at.endsWith("Z") || at.matches(".*[+-]\\d\\d:\\d\\d$")) {
                moment = OffsetDateTime.parse(at).toInstant();
            } else {
                moment = LocalDateTime.parse(at).atZone(clock.getZone()).toInstant();
            }
        } catch (DateTimeException malformed) {
            throw new InvalidQueryException("at: «" + at + "» — ожидается дата или дата и время в формате ISO-8601");
        }
        // The database's timestamps (and the product's dates) end long before Java's: a moment out there is a typo.
        if (moment.isBefore(EARLIEST_MOMENT) || moment.isAfter(LATEST_MOMENT)) {
            throw new InvalidQueryException("at: «" + at + "» — момент должен лежать между 1900 и 2200 годами");
        }
        return moment;
    }

}
