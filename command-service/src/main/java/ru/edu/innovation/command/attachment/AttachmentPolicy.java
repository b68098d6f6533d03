package ru.edu.innovation.command.attachment;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import ru.edu.innovation.platform.web.TextLimits;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The door a file passes before it is stored: its size, its kind told by its content, its name made
 * safe to show and to offer for download, and the appendix title the school gave it.
 */
@Component
public class AttachmentPolicy {

    /** Longest name kept: it ends up in the event, in the report document and in a download's header. */
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_APPENDIX_LENGTH = 300;

    private final DataSize maxSize;
    private final Set<AttachmentType> allowed;

    public AttachmentPolicy(AttachmentProperties properties) {
        this.maxSize = properties.maxSize();
        this.allowed = properties.allowed();
    }

    /** What is stored of a file the school sent as {@code originalName}, or why it is refused. */
    public AcceptedFile accept(String originalName, byte[] content) {
        if (content.length == 0) {
            throw AttachmentRefusedException.invalid("ATTACHMENT_EMPTY", "Файл пуст");
        }
        if (content.length > maxSize.toBytes()) {
            throw tooLarge(maxSize);
        }
        String name = safeName(originalName);
        AttachmentType type = kind(name, content);
        return new AcceptedFile(name, type.mediaType(), content.length);
    }

    /** An appendix title as given, trimmed; {@code null} if none. */
    public String appendix(String appendix) {
        if (appendix == null || appendix.isBlank()) {
            return null;
        }
        String title = Normalizer.normalize(appendix.strip(), Normalizer.Form.NFC);
        String refusal = TextLimits.refusal(title, MAX_APPENDIX_LENGTH, false);
        if (refusal != null) {
            throw AttachmentRefusedException.invalid("VALIDATION_FAILED", "Приложение: " + refusal);
        }
        return title;
    }

    public static AttachmentRefusedException tooLarge(DataSize maxSize) {
        return AttachmentRefusedException.tooLarge("Файл больше допустимого: не больше " + megabytes(maxSize));
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * The name without the folders some browsers send, control and formatting characters (a
     * right-to-left override can disguise an extension) and surrounding spaces; at most
     * {@value #MAX_NAME_LENGTH} characters, the extension kept.
     */
    static String safeName(String originalName) {
        String name = originalName == null ? "" : Normalizer.normalize(originalName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.SURROGATE
                        && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE)
                .filter(c -> c != '\u2028' && c != '\u2029' && c != '"' && c != ':' && c != '*' && c != '?'
                        && c != '<' && c != '>' && c != '|')
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .forEach(kept::appendCodePoint);
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH - extension.length())).strip()
                    + extension;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            throw AttachmentRefusedException.invalid("ATTACHMENT_NAME_INVALID",
                    "У файла должно быть имя с расширением, например «Программа семинара.pdf»");
        }
        return name;
    }

    private AttachmentType kind(String name, byte[] content) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Set<AttachmentType> byContent = EnumSet.noneOf(AttachmentType.class);
        byContent.addAll(FileContents.kindsOf(content));
        byContent.retainAll(allowed);
        if (byContent.isEmpty()) {
            throw AttachmentRefusedException.invalid("ATTACHMENT_TYPE_NOT_ALLOWED",
                    "Можно прикладывать только файлы " + allowedExtensions()
                            + "; содержимое этого файла ни к одному из них не относится");
        }
        return byContent.stream().filter(type -> type.extensions().contains(extension)).findFirst()
                .orElseThrow(() -> AttachmentRefusedException.invalid("ATTACHMENT_TYPE_MISMATCH",
                        "Расширение «." + extension + "» не соответствует содержимому файла ("
                                + byContent.stream().map(type -> type.extensions().get(0).toUpperCase(Locale.ROOT))
                                .collect(Collectors.joining(" или ")) + ")"));
    }

    private String allowedExtensions() {
        return allowed.stream().sorted().map(type -> type.extensions().get(0).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String megabytes(DataSize size) {
        return size.toBytes() % (1024 * 1024) == 0 ? size.toMegabytes() + " МБ" : size.toKilobytes() + " КБ";
    }

    /** A file that passed: its safe name, its media type as its content tells, its size in bytes. */
    public record AcceptedFile(String fileName, String mediaType, long size) {
    }
}
