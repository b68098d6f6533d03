package ru.edu.innovation.command.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's multipart limits derived from {@link AttachmentProperties}, so that a file the
 * policy would refuse as too large is refused by the container the same way (413
 * ATTACHMENT_TOO_LARGE), not read into memory first and not failed with another answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentConfiguration {

    /** Room in a request for the multipart framing and the appendix title next to the largest file. */
    private static final long FORM_OVERHEAD = DataSize.ofKilobytes(64).toBytes();
    /** Smaller uploads stay in memory; larger ones go to a temporary file while they are read. */
    private static final int IN_MEMORY = (int) DataSize.ofMegabytes(1).toBytes();

    @Bean
    public MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        long maxFile = properties.maxSize().toBytes();
        return new MultipartConfigElement(null, maxFile, maxFile + FORM_OVERHEAD, IN_MEMORY);
    }
}
