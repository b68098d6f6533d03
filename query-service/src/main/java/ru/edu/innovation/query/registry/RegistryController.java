package ru.edu.innovation.query.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.util.Map;
import java.util.Set;

@RestController
@Validated
@Tag(name = "Реестр проектов")
public class RegistryController {

    private static final Map<String, ProjectRegistry.SortColumn> SORTS = Map.of(
            "theme", ProjectRegistry.SortColumn.THEME, "registeredAt", ProjectRegistry.SortColumn.REGISTERED_AT,
            "updatedAt", ProjectRegistry.SortColumn.UPDATED_AT, "organization", ProjectRegistry.SortColumn.ORGANIZATION,
            "level", ProjectRegistry.SortColumn.LEVEL, "status", ProjectRegistry.SortColumn.STATUS,
            "territory", ProjectRegistry.SortColumn.TERRITORY, "stage", ProjectRegistry.SortColumn.STAGE);

    private final ProjectRegistry registry;

    public RegistryController(ProjectRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/projects")
    @Operation(summary = "Реестр проектов: фильтры, поиск по теме и цели, сортировка, страницы")
    public Page<RegistryEntry> registry(
            @RequestParam(required = false) StatusLevel level,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) String territory,
            @Parameter(description = "номер текущего этапа") @RequestParam(required = false) Integer stage,
            @Parameter(description = "код ведущей организации") @RequestParam(required = false) String organization,
            @Parameter(description = "поиск в теме и цели") @RequestParam(required = false) String q,
            @Parameter(description = "поле сортировки, «-» в начале — по убыванию: theme, registeredAt, updatedAt, "
                    + "organization, level, status, territory, stage")
            @RequestParam(defaultValue = "-updatedAt") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Reader reader = ProjectAccess.reader();
        Set<String> readableBy = reader.readableOrganizations();
        boolean descending = sort.startsWith("-");
        ProjectRegistry.SortColumn column = SORTS.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw new InvalidQueryException("sort: поле «" + sort + "» не подходит; можно " + SORTS.keySet());
        }
        ProjectRegistry.Filter filter = new ProjectRegistry.Filter(readableBy, reader.participantOrganization(),
                level == null ? null : level.name(), status == null ? null : status.name(), territory, stage, organization, q);
        return new Page<>(registry.page(filter, column, descending, page, size), page, size, registry.count(filter));
    }
}
