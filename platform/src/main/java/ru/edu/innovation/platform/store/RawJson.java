package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON value that is already UTF-8 bytes, such as a stored event's payload, for
 * {@code generator.writeRawValue(new RawJson(bytes))}: a UTF-8 generator copies the bytes into its
 * output as they are, where a {@code String} would be decoded and encoded again. The quoted forms (the value as a JSON string)
 * and generators writing characters decode it once.
 */
public final class RawJson implements SerializableString {

    private final byte[] utf8;
    private String text;

    public RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    @Override
    public String getValue() {
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
        }
        return text;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        return copy(utf8, buffer, offset);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        return put(utf8, buffer);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return copy(getValue().toCharArray(), buffer, offset);
    }

    @Override
    public char[] asQuotedChars() {
        return JsonStringEncoder.getInstance().quoteAsString(getValue());
    }

    @Override
    public byte[] asQuotedUTF8() {
        return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return copy(asQuotedUTF8(), buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return copy(asQuotedChars(), buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        byte[] quoted = asQuotedUTF8();
        out.write(quoted);
        return quoted.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return put(asQuotedUTF8(), buffer);
    }

    @Override
    public String toString() {
        return getValue();
    }

    /** The number copied, or -1 (as the interface asks) when they do not fit. */
    private static int copy(byte[] from, byte[] to, int offset) {
        if (offset + from.length > to.length) {
            return -1;
        }
        System.arraycopy(from, 0, to, offset, from.length);
        return from.length;
    }

    private static int copy(char[] from, char[] to, int offset) {
        if (offset + from.length > to.length) {
            return -1;
        }
        System.arraycopy(from, 0, to, offset, from.length);
        return from.length;
    }

    private static int put(byte[] from, ByteBuffer to) {
        if (from.length > to.remaining()) {
            return -1;
        }
        to.put(from);
        return from.length;
    }
}
