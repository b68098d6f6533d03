package ru.edu.innovation.query.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Reading one's own writes, under {@code innovation.read-your-writes}.
 *
 * @param maxWait how long a view waits for a version a client asked for before answering 409
 *                VIEW_NOT_YET_UPDATED
 */
@ConfigurationProperties("innovation.read-your-writes")
public record ReadYourWritesProperties(@DefaultValue("PT2S") Duration maxWait) {
}
