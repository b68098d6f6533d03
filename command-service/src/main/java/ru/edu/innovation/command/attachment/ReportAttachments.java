package ru.edu.innovation.command.attachment;

import ru.edu.innovation.platform.integrity.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.innovation.api.report.AttachReportFileCommand;

import java.util.UUID;
import java.util.function.Function;

/**
 * Attaches a file to a report: the bytes are written and the command sent in one transaction (Axon's
 * unit of work joins it), so a command the project refuses rolls the bytes back with it.
 */
@Service
public class ReportAttachments {

    private final AttachmentPolicy policy;
    private final AttachmentStore store;
    private final TransactionTemplate transaction;

    public ReportAttachments(AttachmentPolicy policy, AttachmentStore store, PlatformTransactionManager transactions) {
        this.policy = policy;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks the file, stores it and hands the command naming it to {@code send}, whose answer is
     * returned; the stored bytes commit only with that command.
     */
    public <R> R attach(String projectId, String reportId, String originalName, byte[] content, String appendix,
                        Function<AttachReportFileCommand, R> send) {
        AttachmentPolicy.AcceptedFile file = policy.accept(originalName, content);
        String title = policy.appendix(appendix);
        String attachmentId = UUID.randomUUID().toString();
        String sha256 = Sha256.hex(content);
        AttachReportFileCommand command = new AttachReportFileCommand(projectId, reportId, attachmentId,
                file.fileName(), file.mediaType(), file.size(), sha256, title);
        return transaction.execute(status -> {
            // The bytes first: once the command has succeeded, nothing is left that could fail but the commit.
            store.add(attachmentId, projectId, reportId, file.fileName(), file.mediaType(), content, sha256);
            return send.apply(command);
        });
    }
}
