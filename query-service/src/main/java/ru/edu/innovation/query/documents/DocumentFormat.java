package ru.edu.innovation.query.documents;

import org.springframework.http.MediaType;

/**
 * The formats a report document is given in: a page to read and print, a PDF, a Word file to edit;
 * asked for in any case ({@code ?format=pdf}), as every enumeration of the read API.
 */
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
}
