package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The school attaches a file to the version of a report it is preparing (one of the form's
 * Приложения 1–8). The bytes are stored next to the event store under {@code attachmentId}; the
 * command carries what the history keeps of them: name, type, size and SHA-256 (lowercase hex).
 * {@code appendix} is the appendix's number or title as the school gives it, if any.
 */
public record AttachReportFileCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                      @NotBlank @Size(max = 100) String attachmentId,
                                      @NotBlank @Size(max = 200) String fileName,
                                      @NotBlank @Size(max = 100) String mediaType,
                                      @Positive long size,
                                      @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String sha256,
                                      @Size(max = 300) String appendix) {
}
