package ru.edu.innovation.query.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders a {@link ReportDocument} in each {@link DocumentFormat}. The PDF is the HTML page laid
 * out by OpenHTMLtoPDF with DejaVu Sans from the jar (the machine's fonts are not relied on), so
 * the two never differ in content; the DOCX is written by {@link DocxWriter}. Nothing is prepared
 * at startup: the template and the fonts are loaded by the first document asked for.
 */
@Component
public class DocumentRenderer {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;

    public DocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The document as the read API and the pages answer it: HTML shown in place, PDF and DOCX downloaded. */
    public ResponseEntity<byte[]> answer(ReportDocument document, DocumentFormat format) {
        ContentDisposition disposition = (format == DocumentFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment())
                .filename(document.titlePage().fileName() + "." + format.extension(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(render(document, format));
    }

    public byte[] render(ReportDocument document, DocumentFormat format) {
        return switch (format) {
            case HTML -> html(document, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(document);
            case DOCX -> DocxWriter.write(document);
        };
    }

    String html(ReportDocument document, boolean forPdf) {
        Context context = new Context(Locale.forLanguageTag("ru"));
        context.setVariable("doc", document);
        context.setVariable("pdf", forPdf);
        context.setVariable("chartSvg", forPdf ? null : IndicatorChart.svg(document.indicators()));
        context.setVariable("bars", forPdf ? IndicatorChart.bars(document.indicators()) : null);
        return templates.process("documents/report", context);
    }

    private byte[] pdf(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html(document, true), null);
            builder.withProducer("innovation-workflow");
            builder.toStream(out);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = DocumentRenderer.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("the font " + file + " is missing from the jar");
        }
        return font;
    }
}
