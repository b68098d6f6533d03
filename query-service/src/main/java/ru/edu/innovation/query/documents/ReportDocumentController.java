package ru.edu.innovation.query.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.report.ReportKind;

import java.time.LocalDate;

@RestController
@Tag(name = "Документы отчётов")
public class ReportDocumentController {

    private static final String FORMAT = "HTML — страница для чтения и печати, PDF, DOCX — для правки в Word (в любом регистре)";
    private static final String BINARY = "string";

    private final ReportDocuments documents;
    private final DocumentRenderer renderer;

    public ReportDocumentController(ReportDocuments documents, DocumentRenderer renderer) {
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping("/api/projects/{projectId}/reports/{reportId}/document")
    @Operation(summary = "Версия отчёта по региональной форме, как она подана: проект на момент подачи и разделы, "
            + "написанные школой, проверенные по цепочке хешей; составлена из записанных событий: титульный лист, "
            + "общие сведения, аналитическая справка, таблица мероприятий, отклонения, нормативные акты, участники, "
            + "показатели с диаграммой, текст школы и заключение научного консультанта")
    @ApiResponse(responseCode = "200", description = "документ отчёта", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = BINARY)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = BINARY, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = BINARY, format = "binary"))})
    public ResponseEntity<byte[]> reportDocument(@PathVariable String projectId, @PathVariable String reportId,
                                                 @Parameter(description = FORMAT)
                                                 @RequestParam(defaultValue = "HTML") DocumentFormat format,
                                                 @Parameter(description = "номер версии (1 — поданная, далее — повторно "
                                                         + "поданные); без него — последняя")
                                                 @RequestParam(required = false) Integer version) {
        return renderer.answer(documents.ofReport(projectId, reportId, version), format);
    }

    @GetMapping("/api/projects/{projectId}/report-draft")
    @Operation(summary = "Проект отчёта за период, по которому отчёт ещё не подан: план и сделанное на конец периода")
    @ApiResponse(responseCode = "200", description = "проект документа отчёта", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = BINARY)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = BINARY, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = BINARY, format = "binary"))})
    public ResponseEntity<byte[]> reportDraft(@PathVariable String projectId,
                                              @Parameter(description = "начало отчётного периода, ГГГГ-ММ-ДД")
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @Parameter(description = "окончание отчётного периода, ГГГГ-ММ-ДД")
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @Parameter(description = "INTERIM — промежуточный, FINAL — итоговый")
                                              @RequestParam(defaultValue = "INTERIM") ReportKind kind,
                                              @Parameter(description = FORMAT)
                                              @RequestParam(defaultValue = "HTML") DocumentFormat format) {
        return renderer.answer(documents.draft(projectId, from, to, kind), format);
    }
}
