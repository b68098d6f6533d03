package ru.edu.innovation.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.command.security.ConfiguredInstitutes;

import java.util.List;

@RestController
@Tag(name = "Проект и статус")
public class InstitutesController {

    private final ConfiguredInstitutes institutes;

    public InstitutesController(ConfiguredInstitutes institutes) {
        this.institutes = institutes;
    }

    @GetMapping("/api/institutes")
    @Operation(summary = "Институты, которые могут проводить экспертизу проекта (код для reviewingInstituteId и название)")
    public List<ConfiguredInstitutes.Institute> institutes() {
        return institutes.all();
    }
}
