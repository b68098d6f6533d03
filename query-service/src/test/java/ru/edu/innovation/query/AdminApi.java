package ru.edu.innovation.query;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebuild endpoint as the demo administrator (admin/admin) uses it. */
final class AdminApi {

    static final String REBUILD = "/api/admin/rebuild";

    private final TestRestTemplate admin;

    AdminApi(TestRestTemplate rest) {
        this.admin = rest.withBasicAuth("admin", "admin");
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> startRebuild() {
        return admin.postForEntity(REBUILD, null, Map.class);
    }

    @SuppressWarnings("rawtypes")
    Map rebuildStatus() {
        ResponseEntity<Map> status = admin.getForEntity(REBUILD, Map.class);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        return status.getBody();
    }

    /** Follows the running rebuild (up to a minute) and answers its final status. */
    @SuppressWarnings("rawtypes")
    Map awaitRebuildFinished() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map status = rebuildStatus();
        while ("RUNNING".equals(status.get("state"))) {
            assertThat(System.nanoTime()).as("the rebuild finished in time: %s", status).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            status = rebuildStatus();
        }
        return status;
    }
}
