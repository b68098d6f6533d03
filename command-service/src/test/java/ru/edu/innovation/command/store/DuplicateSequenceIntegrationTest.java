package ru.edu.innovation.command.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * Another writer stored the project's next event after this command-service loaded the project (a
 * second command-service, or any race past the aggregate cache): PostgreSQL refuses the duplicate
 * (aggregate, sequence), and the client learns that the project changed under it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DuplicateSequenceIntegrationTest extends PostgresIntegrationTest {

    @Test
    @DisplayName("a duplicate sequence number on PostgreSQL is a 409 conflict with the product's code, logged without an error")
    @SuppressWarnings("rawtypes")
    void duplicateSequenceIsAConflict(CapturedOutput output) {
        String projectId = registerYayaProject();
        String path = "/api/projects/" + projectId;
        // The project is cached at version 0; another writer stores sequence 1 in the meantime.
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, aggregate_identifier, 1, type, time_stamp, payload_type,
                       payload_revision, payload, meta_data
                  FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""", projectId);
        int logBefore = output.getOut().length();
        long eventsBefore = totalStoredEvents();

        ResponseEntity<Map> response = call(HttpMethod.PUT, "sikora", path, yayaNetworkProject());

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(409);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("code", "CONCURRENT_MODIFICATION");
        assertThat(String.valueOf(response.getBody())).doesNotContain("INSERT", "domain_event_entry", "duplicate key");
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        assertThat(output.getOut().substring(logBefore)).doesNotContain(" ERROR ", "INSERT INTO");
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", projectId);
    }
}
