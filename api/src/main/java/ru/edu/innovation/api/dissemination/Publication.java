package ru.edu.innovation.api.dissemination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The bibliographic data of a publication: where it appeared (a journal, a collection, a newspaper
 * and its rubric, a site), and, as far as the source gives them, its issue, pages, publisher and
 * address. The title is the entry's topic.
 */
public record Publication(
        @NotBlank @Size(max = 1000) String source,
        @Size(max = 300) String issue,
        @Size(max = 100) String pages,
        @Size(max = 1000) String publisher,
        @Size(max = 1000) String url) {
}
