package ru.edu.innovation.query.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A report document's text read back: the PDF by PDFBox, the DOCX by POI. */
public final class DocumentTexts {

    private DocumentTexts() {
    }

    /**
     * Each expected text found after the one before it. Whitespace is left out of the comparison: a
     * PDF's lines break inside a table cell wherever the cell is full.
     */
    public static void assertInOrder(String text, List<String> expected) {
        String flat = text.replaceAll("\\s+", "");
        List<Integer> positions = new ArrayList<>();
        for (String each : expected) {
            int at = flat.indexOf(each.replaceAll("\\s+", ""), positions.isEmpty() ? 0 : positions.get(positions.size() - 1));
            assertThat(at).as("«%s» after the text before it", each).isNotNegative();
            positions.add(at);
        }
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // In the order the renderer drew it: a table cell's lines stay together (sorting by position
            // would interleave the cells of a row).
            return new PDFTextStripper().getText(document);
        }
    }

    public static String docxText(byte[] docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }
}
