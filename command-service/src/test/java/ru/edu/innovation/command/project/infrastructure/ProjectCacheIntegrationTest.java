package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.project.UpdateProjectDraftCommand;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.platform.integrity.HashChainVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** The cached project never runs ahead of the store, and stays cached while it is used. */
class ProjectCacheIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Cache projectCache;
    @Autowired
    HashChainVerifier chain;

    @Test
    @DisplayName("a project stays cached across garbage collections (the weak-reference cache lost it at each one)")
    void survivesGarbageCollection() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(projectCache.containsKey(projectId)).isTrue();

        System.gc();
        System.gc();

        assertThat(projectCache.containsKey(projectId)).isTrue();
    }

    @Test
    @DisplayName("a command whose surrounding transaction rolls back after it (as Camunda's can) leaves no trace in the cached project nor in the hash chain")
    void rolledBackOuterTransaction() {
        String projectId = registerYayaProject();

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new UpdateProjectDraftCommand(projectId, yayaNetworkProject())).andMetaData(MetaData
                    .with(MetaDataKeys.USER_ID, "sikora").and(MetaDataKeys.ROLE, "SCHOOL")
                    .and(MetaDataKeys.ORGANIZATION_ID, "imc-yaya")));
            // As when Camunda fails on its own flush after the delegate's command succeeded.
            transaction.setRollbackOnly();
        });
        assertThat(storedEventTypes(projectId)).containsExactly("ProjectDraftRegisteredEvent");

        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(storedEventTypes(projectId)).containsExactly("ProjectDraftRegisteredEvent", "ApplicationSubmittedEvent",
                "ReviewingInstituteAssignedEvent");
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, projectId)).containsExactly(0L, 1L, 2L);
        // The rolled-back event's hash must not become the link of the event after the one that replaced it.
        assertThat(post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(chain.verify(projectId).intact()).isTrue();
    }
}
