package ru.edu.innovation.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ClusterController.PATH)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Администрирование")
public class ClusterController {

    static final String PATH = "/api/admin/cluster";

    private final ClusterLagMetrics lag;

    public ClusterController(ClusterLagMetrics lag) {
        this.lag = lag;
    }

    @GetMapping
    @Operation(summary = "Отставание представлений по всем узлам: по каждому сегменту позиция, отставание от головы "
            + "хранилища, узел-владелец и давность его захвата")
    public ClusterLag lag() {
        return lag.now();
    }
}
