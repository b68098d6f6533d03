package ru.edu.innovation.query.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The rebuild by replay, under {@code innovation.projections.rebuild}.
 *
 * @param logInterval how often a running rebuild logs its progress (events done of total, rate, time left)
 */
@ConfigurationProperties("innovation.projections.rebuild")
public record RebuildProperties(@DefaultValue("PT5S") Duration logInterval) {
}
