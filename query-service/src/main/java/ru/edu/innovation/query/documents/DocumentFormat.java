package ru.edu.innovation.query.documents;

import org.springframework.http.MediaType;
import ru.edu.innovation.query.web.InvalidQueryException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report document is given in: a page to read and print, a PDF, a Word file to edit. */
public enum DocumentFormat {
    HTML(MediaType.valueOf("text/html;charset=UTF-8"), "html"),
    PDF(MediaType.APPLICATION_PDF, "pdf"),
    DOCX(MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx");

    private final MediaType mediaType;
    private final String extension;

    DocumentFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code html}, {@code pdf} or {@code docx} in any case; anything else is a bad query (400). */
    public static DocumentFormat parse(String format) {
        return Arrays.stream(values())
                .filter(value -> value.extension.equals(format.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException("format: неизвестный формат документа «"
                        + (format.length() > 20 ? format.substring(0, 20) + "…" : format) + "», допустимы: "
                        + Arrays.stream(values()).map(DocumentFormat::extension).collect(Collectors.joining(", "))));
    }
}
