package ru.edu.innovation.query.card.storage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, for {@code COPY … FROM STDIN (FORMAT binary)}:
 * each field its length and bytes, nothing to escape or parse on either side. A replay writes a
 * page of held events per project and batch; as one COPY they cost PostgreSQL a fraction of the
 * same rows as batched INSERTs.
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

    BinaryCopyRows() {
        out.write(SIGNATURE, 0, SIGNATURE.length);
        int32(0); // flags: no OIDs
        int32(0); // no header extension
    }

    /** Starts a row of {@code fields} fields, to be given in the COPY's column order. */
    BinaryCopyRows row(int fields) {
        int16(fields);
        return this;
    }

    /** A text, varchar or json field; {@code null} is SQL NULL. */
    BinaryCopyRows text(String value) {
        if (value == null) {
            int32(-1);
        } else {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** A text, varchar or json field already in UTF-8 (a json field's binary form is its text). */
    BinaryCopyRows bytes(byte[] utf8) {
        int32(utf8.length);
        out.write(utf8, 0, utf8.length);
        return this;
    }

    /** A bigint field. */
    BinaryCopyRows bigint(long value) {
        int32(8);
        int32((int) (value >>> 32));
        int32((int) value);
        return this;
    }

    /** The whole COPY stream, with its trailer. */
    byte[] finish() {
        int16(-1);
        return out.toByteArray();
    }

    private void int16(int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private void int32(int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
