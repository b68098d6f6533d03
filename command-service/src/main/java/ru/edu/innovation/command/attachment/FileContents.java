package ru.edu.innovation.command.attachment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a file is, told by its leading bytes (and, for the zip-based office formats, by the names in
 * its zip directory), never by the name or the Content-Type its sender gave. The legacy Word and
 * Excel formats share one container, so their bytes say "DOC or XLS" and the name's extension picks.
 */
final class FileContents {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OpenDocument file starts with its uncompressed "mimetype" entry, name and content side by side. */
    private static final byte[] ODT = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ODS = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int ODF_NAME_OFFSET = 30;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int MAX_DIRECTORY_ENTRIES = 10_000;

    private FileContents() {
    }

    /** The kinds {@code content} can be; empty if none of them. */
    static Set<AttachmentType> kindsOf(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return EnumSet.of(AttachmentType.PDF);
        }
        if (startsWith(content, 0, PNG)) {
            return EnumSet.of(AttachmentType.PNG);
        }
        if (startsWith(content, 0, JPEG)) {
            return EnumSet.of(AttachmentType.JPEG);
        }
        if (startsWith(content, 0, OLE2)) {
            return EnumSet.of(AttachmentType.DOC, AttachmentType.XLS);
        }
        if (startsWith(content, 0, ZIP)) {
            return zipKinds(content);
        }
        return EnumSet.noneOf(AttachmentType.class);
    }

    private static Set<AttachmentType> zipKinds(byte[] content) {
        if (startsWith(content, ODF_NAME_OFFSET, ODT)) {
            return EnumSet.of(AttachmentType.ODT);
        }
        if (startsWith(content, ODF_NAME_OFFSET, ODS)) {
            return EnumSet.of(AttachmentType.ODS);
        }
        List<String> names = directoryNames(content);
        if (!names.contains("[Content_Types].xml")) {
            return EnumSet.noneOf(AttachmentType.class);
        }
        if (names.contains("word/document.xml")) {
            return EnumSet.of(AttachmentType.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return EnumSet.of(AttachmentType.XLSX);
        }
        return EnumSet.noneOf(AttachmentType.class);
    }

    /**
     * The names in the zip's central directory, read without inflating anything: a crafted archive
     * costs no more than its own length. An archive whose directory can't be read has no names.
     */
    private static List<String> directoryNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (int32(zip, i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        List<String> names = new ArrayList<>();
        if (end < 0) {
            return names;
        }
        int count = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < Math.min(count, MAX_DIRECTORY_ENTRIES); i++) {
            if (at < 0 || at + 46 > zip.length || int32(zip, at) != DIRECTORY_ENTRY) {
                break;
            }
            int nameLength = int16(zip, at + 28);
            int extraLength = int16(zip, at + 30);
            int commentLength = int16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }
}
