package ru.edu.innovation.command.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** Conflicting commands that race: exactly one wins, the others get 409 and store nothing. */
@SuppressWarnings("rawtypes")
class ConcurrentCommandsIntegrationTest extends PostgresIntegrationTest {

    @Test
    @DisplayName("two simultaneous submissions of one application store exactly one submission")
    void racingSubmissions() throws Exception {
        String projectId = registerYayaProject();
        String path = "/api/projects/" + projectId + "/application/submission";

        List<ResponseEntity<Map>> responses = race(4, () -> post("sikora", path, REVIEWED_BY_IRO));

        assertThat(responses).filteredOn(response -> response.getStatusCode().is2xxSuccessful()).hasSize(1);
        assertThat(responses).filteredOn(response -> response.getStatusCode().value() == 409)
                .hasSize(3)
                .allSatisfy(response -> assertThat(response.getBody()).containsEntry("code", "NOT_A_DRAFT"));
        assertThat(storedEventTypes(projectId)).containsExactly("ProjectDraftRegisteredEvent", "ApplicationSubmittedEvent",
                "ReviewingInstituteAssignedEvent");
    }

    @Test
    @DisplayName("two edits based on the same version: one is stored, the other gets 409 STALE_VERSION")
    void racingEditsOfTheSameVersion() throws Exception {
        String projectId = registerYayaProject();
        String path = "/api/projects/" + projectId;

        List<ResponseEntity<Map>> responses = race(2,
                () -> call(HttpMethod.PUT, "sikora", path, yayaNetworkProject(), "If-Match", "\"0\""));

        assertThat(responses).extracting(response -> response.getStatusCode().value()).containsExactlyInAnyOrder(200, 409);
        assertThat(responses).filteredOn(response -> response.getStatusCode().value() == 409)
                .singleElement()
                .satisfies(response -> assertThat(response.getBody()).containsEntry("code", "STALE_VERSION"));
        assertThat(storedEventTypes(projectId)).containsExactly("ProjectDraftRegisteredEvent", "ProjectDraftUpdatedEvent");
    }
}
