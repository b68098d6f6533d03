package ru.edu.innovation.command.tasklist;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The addresses Tasklist's custom script shows before anyone has logged in (the login page says
 * where projects are read), so it is open like the login page itself and names nothing but them.
 */
@Hidden
@RestController
@EnableConfigurationProperties(TasklistProperties.class)
public class TasklistSettingsController {

    public static final String PATH = "/tasklist/settings";

    private final TasklistSettings settings;

    public TasklistSettingsController(TasklistProperties properties) {
        URI readSide = properties.readSideUrl();
        this.settings = new TasklistSettings(readSide, readSide.resolve("swagger-ui.html"));
    }

    @GetMapping(PATH)
    public TasklistSettings settings() {
        return settings;
    }

    /**
     * @param readSideUrl  query-service, the read and audit API
     * @param readSideDocs its Swagger UI
     */
    public record TasklistSettings(URI readSideUrl, URI readSideDocs) {
    }
}
