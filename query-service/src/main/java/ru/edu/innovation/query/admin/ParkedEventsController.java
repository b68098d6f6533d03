package ru.edu.innovation.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/parked-events")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Администрирование")
public class ParkedEventsController {

    private final ParkedEvents parked;

    public ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping
    @Operation(summary = "События, которые представления не смогли обработать и отложили, с ошибкой и числом попыток")
    public List<ParkedEvent> list() {
        return parked.list();
    }

    @PostMapping("/{eventId}/retry")
    @Operation(summary = "Обработать отложенное событие снова, а за ним — отложенные после него события проекта "
            + "(только первое отложенное событие проекта); ответ — что из проекта осталось отложенным")
    public List<ParkedEvent> retry(@PathVariable String eventId) {
        return parked.retry(eventId);
    }

    @PostMapping("/{eventId}/skip")
    @Operation(summary = "Пропустить отложенное событие навсегда и обработать отложенные после него события проекта; "
            + "ответ — что из проекта осталось отложенным")
    public List<ParkedEvent> skip(@PathVariable String eventId) {
        return parked.skip(eventId);
    }
}
