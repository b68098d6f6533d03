package ru.edu.innovation.query.attachments;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import ru.edu.innovation.platform.integrity.Sha256;
import org.springframework.stereotype.Component;
import ru.edu.innovation.query.card.AttachmentView;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.reports.ReportNotFoundException;
import ru.edu.innovation.query.web.ProjectAccess;


/**
 * Hands out a file attached to a report to whoever may read the project, and only the bytes the
 * history vouches for: their SHA-256 is checked against the event that attached them.
 */
@Component
public class ReportAttachments {

    private final ProjectAccess access;
    private final ReportAttachmentStore store;

    public ReportAttachments(ProjectAccess access, ReportAttachmentStore store) {
        this.access = access;
        this.store = store;
    }

    public AttachedFile download(String projectId, String reportId, String attachmentId) {
        ReportView report = access.readableCard(projectId, null).reports().get(reportId);
        if (report == null) {
            throw new ReportNotFoundException(projectId, reportId);
        }
        AttachmentView attachment = report.attachments().stream()
                .filter(candidate -> candidate.attachmentId().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new AttachmentNotFoundException(reportId, attachmentId));
        byte[] content = store.content(projectId, reportId, attachmentId)
                .filter(bytes -> Sha256.hex(bytes).equals(attachment.sha256()))
                .orElseThrow(() -> new AttachmentTamperedException(attachmentId, attachment.fileName()));
        return new AttachedFile(attachment, content);
    }

    /** A file as the history describes it, with its verified bytes. */
    public record AttachedFile(AttachmentView attachment, byte[] content) {

        /** The download the read API and the pages give: named with filename*, never rendered in place. */
        public ResponseEntity<byte[]> asDownload() {
            // filename* (RFC 6266 / 5987) carries a Cyrillic name in UTF-8; filename keeps an encoded fallback.
            ContentDisposition disposition = ContentDisposition.attachment()
                    .filename(attachment.fileName(), StandardCharsets.UTF_8)
                    .build();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(attachment.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                    // The browser keeps to the type the content was checked as, and never renders it in place.
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox")
                    .body(content);
        }
    }
}
