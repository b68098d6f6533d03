package ru.edu.innovation.query.products;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.query.web.ProjectAccess;

@RestController
@Tag(name = "Продукты проекта")
public class ProductsController {

    private final ProjectAccess access;

    public ProductsController(ProjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/products")
    @Operation(summary = "Продукты проекта: наименование, вид, задача или мероприятие, ссылка")
    public ProjectProducts products(@PathVariable String projectId,
                                    @RequestParam(required = false) ProductKind kind,
                                    @Parameter(description = "номер задачи проекта")
                                    @RequestParam(required = false) Integer task,
                                    @Parameter(description = "подождать, пока данные дойдут до этой версии (из ответа команды)")
                                    @RequestParam(required = false) Long minVersion) {
        return ProjectProducts.of(access.readableCard(projectId, minVersion), kind, task);
    }
}
