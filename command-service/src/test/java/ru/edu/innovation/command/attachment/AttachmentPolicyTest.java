package ru.edu.innovation.command.attachment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The door of an attached file: what it is is told by its bytes, its name is made safe, its size bounded. */
class AttachmentPolicyTest {

    private static final List<AttachmentType> ALL = List.of(AttachmentType.values());
    private final AttachmentPolicy policy = new AttachmentPolicy(new AttachmentProperties(DataSize.ofKilobytes(64), ALL));

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    static byte[] ole2() {
        byte[] header = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, header, 0, magic.length);
        return header;
    }

    /** An Office Open XML package with the parts that name its kind. */
    static byte[] ooxml(String mainPart) {
        return zip(false, "[Content_Types].xml", "_rels/.rels", mainPart);
    }

    /** An OpenDocument file: its first entry, stored, is "mimetype". */
    static byte[] openDocument(String mimeType) {
        return zip(true, "mimetype:" + mimeType, "content.xml", "META-INF/manifest.xml");
    }

    private static byte[] zip(boolean mimetypeFirst, String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                if (mimetypeFirst && entry.startsWith("mimetype:")) {
                    byte[] content = entry.substring("mimetype:".length()).getBytes(StandardCharsets.US_ASCII);
                    ZipEntry stored = new ZipEntry("mimetype");
                    stored.setMethod(ZipEntry.STORED);
                    stored.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    stored.setCrc(crc.getValue());
                    zip.putNextEntry(stored);
                    zip.write(content);
                } else {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] docx() {
        return ooxml("word/document.xml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Программа семинара.pdf, application/pdf",
            "Фото.PNG, image/png",
            "Фото.jpg, image/jpeg",
            "Фото.jpeg, image/jpeg",
            "Положение.doc, application/msword",
            "Таблица.xls, application/vnd.ms-excel",
            "Приказ.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Мониторинг.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Справка.odt, application/vnd.oasis.opendocument.text",
            "Анкета.ods, application/vnd.oasis.opendocument.spreadsheet"})
    @DisplayName("takes each allowed kind, its media type told by the content")
    void takesAllowedKinds(String name, String mediaType) {
        byte[] content = switch (name.substring(name.lastIndexOf('.') + 1).toLowerCase()) {
            case "pdf" -> pdf();
            case "png" -> png();
            case "jpg", "jpeg" -> jpeg();
            case "doc", "xls" -> ole2();
            case "docx" -> docx();
            case "xlsx" -> ooxml("xl/workbook.xml");
            case "odt" -> openDocument("application/vnd.oasis.opendocument.text");
            case "ods" -> openDocument("application/vnd.oasis.opendocument.spreadsheet");
            default -> throw new IllegalArgumentException(name);
        };

        AttachmentPolicy.AcceptedFile accepted = policy.accept(name, content);

        assertThat(accepted.mediaType()).isEqualTo(mediaType);
        assertThat(accepted.size()).isEqualTo(content.length);
    }

    @Test
    @DisplayName("refuses a program named as a PDF: the content decides, not the name")
    void refusesDisguisedExecutable() {
        byte[] executable = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> policy.accept("Отчёт.pdf", executable))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED"));
    }

    @Test
    @DisplayName("refuses a picture named as a Word document")
    void refusesMismatchedExtension() {
        assertThatThrownBy(() -> policy.accept("Приказ.docx", png()))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_TYPE_MISMATCH");
                    assertThat(e.getMessage()).contains(".docx", "PNG");
                });
    }

    @Test
    @DisplayName("refuses a zip that is not an office document, and a kind the configuration leaves out")
    void refusesPlainZipAndKindsNotConfigured() {
        assertThatThrownBy(() -> policy.accept("Архив.docx", zip(false, "a.txt", "b.txt")))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED"));
        AttachmentPolicy pdfOnly = new AttachmentPolicy(new AttachmentProperties(DataSize.ofKilobytes(64),
                List.of(AttachmentType.PDF)));
        assertThatThrownBy(() -> pdfOnly.accept("Фото.png", png()))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
                    assertThat(e.getMessage()).contains("PDF");
                });
    }

    @Test
    @DisplayName("refuses a file over the limit with 413's code, and an empty one")
    void refusesTooLargeAndEmpty() {
        byte[] large = new byte[(int) DataSize.ofKilobytes(64).toBytes() + 1];
        System.arraycopy(pdf(), 0, large, 0, pdf().length);

        assertThatThrownBy(() -> policy.accept("Большой.pdf", large))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_TOO_LARGE");
                    assertThat(e.tooLarge()).isTrue();
                    assertThat(e.getMessage()).contains("64 КБ");
                });
        assertThatThrownBy(() -> policy.accept("Пустой.pdf", new byte[0]))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ATTACHMENT_EMPTY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\school\\Desktop\\Программа семинара.pdf|Программа семинара.pdf",
            "../../etc/Программа.pdf|Программа.pdf",
            "  Программа   семинара .pdf |Программа семинара .pdf",
            "Отчёт\u202Efdp.exe.pdf|Отчётfdp.exe.pdf",
            "Отчёт\u0007\u0000.pdf|Отчёт.pdf",
            "...Отчёт.pdf|Отчёт.pdf",
            "Отчёт: \"итог\"?.pdf|Отчёт итог.pdf"})
    @DisplayName("keeps a name without folders, control or formatting characters")
    void sanitizesNames(String sent, String kept) {
        assertThat(AttachmentPolicy.safeName(sent)).isEqualTo(kept);
    }

    @Test
    @DisplayName("shortens a long name to 200 characters, keeping its extension; refuses a name without one")
    void boundsNames() {
        String kept = AttachmentPolicy.safeName("Я".repeat(500) + ".docx");

        assertThat(kept).hasSize(AttachmentPolicy.MAX_NAME_LENGTH).endsWith("ЯЯ.docx");
        assertThatThrownBy(() -> AttachmentPolicy.safeName("\u0000\u0001"))
                .isInstanceOfSatisfying(AttachmentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("ATTACHMENT_NAME_INVALID"));
    }

    @Test
    @DisplayName("takes an appendix title trimmed, none as null, and refuses control characters in it")
    void appendixTitles() {
        assertThat(policy.appendix("  Приложение 3. Программа семинара ")).isEqualTo("Приложение 3. Программа семинара");
        assertThat(policy.appendix("   ")).isNull();
        assertThatThrownBy(() -> policy.appendix("Приложение\u0000"))
                .isInstanceOf(AttachmentRefusedException.class);
    }
}
