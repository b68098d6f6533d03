package ru.edu.innovation.command.tasklist;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * What Tasklist's pages name outside command-service.
 *
 * @param readSideUrl where auditors and schools read projects: query-service's address as their
 *                    browsers reach it, which only the deployment knows
 */
@ConfigurationProperties("innovation.tasklist")
public record TasklistProperties(@DefaultValue("http://localhost:8081/") URI readSideUrl) {

    public TasklistProperties {
        // The login page makes a link of it: only a web address may become one, never a script.
        String scheme = readSideUrl == null ? null : readSideUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || readSideUrl.getHost() == null) {
            throw new IllegalArgumentException("innovation.tasklist.read-side-url must be an http(s) address, not "
                    + readSideUrl);
        }
        if (!readSideUrl.getPath().endsWith("/")) {
            // Swagger UI's page is resolved against it, as against a folder.
            readSideUrl = URI.create(readSideUrl + "/");
        }
    }
}
