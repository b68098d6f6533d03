package ru.edu.innovation.query.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.network.SubProjectNotFoundException;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@Tag(name = "Календарный план")
public class CalendarPlanController {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final ProjectAccess access;
    private final Clock clock;

    public CalendarPlanController(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/projects/{projectId}/plan")
    @Operation(summary = "Календарный план и его выполнение на дату: мероприятия по задачам и этапам в редакции "
            + "на эту дату, итог каждого (выполнено, выполнено с отклонением, выполнено частично k из n, не выполнено, "
            + "отменено, предстоит), проведённое, отклонения и управленческие действия, корректировки, доля "
            + "выполненного, просроченные мероприятия")
    public CalendarPlan plan(@PathVariable String projectId,
                             @Parameter(description = "дата, на которую подводится итог (ГГГГ-ММ-ДД); по умолчанию сегодня")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                             @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                             @RequestParam(required = false) Long minVersion,
                             @Parameter(description = "только мероприятия этого подпроекта сетевого проекта; "
                                     + "без него — план всей сети")
                             @RequestParam(required = false) String subProject) {
        LocalDate asOf = at == null ? LocalDate.now(clock) : within("at", at);
        ProjectCard card = access.readableCard(projectId, minVersion);
        if (subProject != null && !card.subProjects().containsKey(subProject)) {
            throw new SubProjectNotFoundException(projectId, subProject);
        }
        return CalendarPlan.of(card, asOf, subProject);
    }

    @GetMapping("/api/projects/{projectId}/held-events")
    @Operation(summary = "Проведённые мероприятия проекта (по плану и вне плана) в порядке проведения, "
            + "за период и на уровне, если они заданы")
    public HeldEvents heldEvents(@PathVariable String projectId,
                                 @Parameter(description = "начало периода (ГГГГ-ММ-ДД)")
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @Parameter(description = "окончание периода (ГГГГ-ММ-ДД)")
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @Parameter(description = "уровень мероприятия")
                                 @RequestParam(required = false) EventLevel level,
                                 @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                 @RequestParam(required = false) Long minVersion) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from: начало периода позже его окончания");
        }
        return HeldEvents.of(access.readableCard(projectId, minVersion),
                from == null ? null : within("from", from), to == null ? null : within("to", to), level);
    }

    /** A date of a query, between 1900 and 2200. */
    public static LocalDate within(String name, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidQueryException(name + ": дата должна лежать между 1900 и 2200 годами");
        }
        return date;
    }
}
