package ru.edu.innovation.command.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Set;

/**
 * What a file attached to a report may be.
 *
 * @param maxSize      the largest file taken; the servlet's multipart limits follow it
 * @param allowedTypes the kinds of file taken, recognised by their content
 */
@ConfigurationProperties("innovation.attachments")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxSize,
                                   @DefaultValue({"PDF", "DOCX", "DOC", "XLSX", "XLS", "ODT", "ODS", "JPEG", "PNG"})
                                   List<AttachmentType> allowedTypes) {

    public AttachmentProperties {
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("innovation.attachments.max-size must be positive, not " + maxSize);
        }
        allowedTypes = List.copyOf(allowedTypes);
    }

    Set<AttachmentType> allowed() {
        return Set.copyOf(allowedTypes);
    }
}
