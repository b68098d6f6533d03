package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.platform.integrity.HashChainVerifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots of the project before its members had a shape of their own (revision none) are not
 * read: the project is replayed from its events. Snapshots of the current shape load the project.
 */
class ProjectSnapshotIntegrationTest extends PostgresIntegrationTest {

    /**
     * A project just submitted, as the aggregate of one class with 23 handlers stored it: the review
     * state in its phase and fields, stages as a list.
     */
    private static final String OLD_SHAPE = """
            {"projectId":"%s","phase":"SUBMITTED","details":null,"submittedBy":"sikora","signedBy":null,
             "expert":null,"reviewingInstitute":"iro-kuzbass","statusValidTo":null,"currentStage":0,"stages":[],
             "activities":{},"heldEventIds":[],"indicators":{},"normativeActIds":[],"reports":{}}""";

    @Autowired
    Cache projectCache;
    @Autowired
    Configuration axon;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    HashChainVerifier chain;

    @Test
    @DisplayName("a project whose snapshot has the shape before the aggregate members is replayed from its events and takes the next command")
    void oldShapeSnapshotIsIgnored() {
        String projectId = submittedProject();
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, 2, 'InnovationProject', ?, ?,"
                        + " 'ru.edu.innovation.command.project.InnovationProject', NULL, ?, ?)", projectId,
                UUID.randomUUID().toString(), Instant.now().toString(),
                OLD_SHAPE.formatted(projectId).getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        projectCache.remove(projectId);

        assertThat(post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(storedEventTypes(projectId)).endsWith("ApplicationSignedEvent");
        assertThat(chain.verify(projectId).intact()).isTrue();
    }

    @Test
    @DisplayName("the snapshot filter reads only snapshots of the aggregate's current revision")
    void filterRejectsOtherRevisions() {
        assertThat(axon.snapshotFilter().allow(snapshot(null))).isFalse();
        assertThat(axon.snapshotFilter().allow(snapshot("1"))).isFalse();
        assertThat(axon.snapshotFilter().allow(snapshot("2"))).isFalse();
        assertThat(axon.snapshotFilter().allow(snapshot("3"))).isFalse();
        assertThat(axon.snapshotFilter().allow(snapshot("4"))).isFalse();
        assertThat(axon.snapshotFilter().allow(snapshot("5"))).isTrue();
    }

    @Test
    @DisplayName("a snapshot of the current shape (the application's review round included) loads the project")
    void currentShapeSnapshotLoads() throws InterruptedException {
        String projectId = submittedProject();
        snapshotter.scheduleSnapshot(InnovationProject.class, projectId);
        for (int attempt = 0; attempt < 100 && snapshotCount(projectId) == 0; attempt++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("SELECT payload_revision FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                String.class, projectId)).isEqualTo("5");
        projectCache.remove(projectId);

        // The signature needs the details and the application's review round, both read from the snapshot.
        assertThat(post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(storedEventTypes(projectId)).endsWith("ApplicationSignedEvent");
    }

    private String submittedProject() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return projectId;
    }

    private int snapshotCount(String projectId) {
        return jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, projectId);
    }

    private static GenericDomainEventEntry<byte[]> snapshot(String revision) {
        return new GenericDomainEventEntry<>("InnovationProject", "p-1", 2, UUID.randomUUID().toString(),
                Instant.now(), InnovationProject.class.getName(), revision, "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}
