package ru.edu.innovation.query.attachments;

import org.springframework.stereotype.Component;
import ru.edu.innovation.query.card.AttachmentView;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.reports.ReportNotFoundException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
                .filter(bytes -> sha256(bytes).equals(attachment.sha256()))
                .orElseThrow(() -> new AttachmentTamperedException(attachmentId, attachment.fileName()));
        return new AttachedFile(attachment, content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A file as the history describes it, with its verified bytes. */
    public record AttachedFile(AttachmentView attachment, byte[] content) {
    }
}
