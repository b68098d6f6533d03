package ru.edu.innovation.processes.start;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a reviewer reads the full document of a report version: query-service's document endpoint,
 * at the read side's address as the reviewer's browser reaches it (only the deployment knows it).
 */
public final class ReportDocumentLinks {

    private final URI readSide;

    /** {@code readSide} ends with a slash: the document's path is resolved against it as against a folder. */
    public ReportDocumentLinks(URI readSide) {
        this.readSide = readSide;
    }

    /** The document of version {@code version} of the report in {@code format} ({@code html}, {@code pdf}, {@code docx}). */
    public String document(String projectId, String reportId, int version, String format) {
        return readSide.resolve("api/projects/" + segment(projectId) + "/reports/" + segment(reportId)
                + "/document?format=" + format + "&version=" + version).toString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
