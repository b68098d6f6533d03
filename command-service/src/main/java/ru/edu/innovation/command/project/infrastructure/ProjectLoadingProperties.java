package ru.edu.innovation.command.project.infrastructure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a project is loaded for a command, under {@code innovation}.
 *
 * @param snapshotThreshold a snapshot of the project is taken every so many events
 * @param aggregateCache    projects kept in memory between commands
 */
@Validated
@ConfigurationProperties("innovation")
public record ProjectLoadingProperties(@DefaultValue("50") @Min(1) int snapshotThreshold,
                                       @DefaultValue @Valid AggregateCache aggregateCache) {

    /**
     * @param enabled off when several command-services write the store: each would keep a project
     *                another has changed since
     * @param size    how many of the projects used last are kept
     */
    public record AggregateCache(@DefaultValue("true") boolean enabled, @DefaultValue("200") @Min(1) long size) {
    }
}
