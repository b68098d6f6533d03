package ru.edu.innovation.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.RecordProductCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/products")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Продукты проекта", description = "Методические рекомендации, программы, сборники, видео и другие продукты проекта")
public class ProductController {

    private final ProjectCommandSender sender;

    public ProductController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Записать продукт проекта")
    public ResponseEntity<CommandResult> record(@PathVariable String projectId, @Valid @RequestBody Product product,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String id = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordProductCommand(projectId, id, product), Role.SCHOOL, ifMatch, id);
    }
}
