package ru.edu.innovation.query.card.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import ru.edu.innovation.query.card.HeldEventView;

import java.time.Instant;

/**
 * A held event as its card shows it — its {@link HeldEventView} as JSON — made from the stored
 * {@code HeldEventRecordedEvent} payload without binding it, to go into a page of the project's
 * held events ({@code held_event_page}). Held events are most of a project's stream; binding each
 * into records and writing its view again was much of a rebuild's work, while the event's object
 * can be copied as stored (upcast, if an upcaster applies) and only its id is read from it.
 */
record HeldEventJson(String projectId, long sequence, String heldEventId, byte[] view) {

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] ID_FIELD = ascii("{\"heldEventId\":");
    private static final byte[] EVENT_FIELD = ascii(",\"event\":");
    private static final byte[] RECORDED_AT_FIELD = ascii(",\"recordedAt\":\"");
    private static final byte[] END = ascii("\"}");

    /**
     * The view of the {@code HeldEventRecordedEvent} number {@code sequence} of {@code projectId},
     * stored at {@code recordedAt}, from its payload as the event store keeps it.
     */
    static HeldEventJson fromPayload(String projectId, long sequence, byte[] payload, Instant recordedAt) {
        String heldEventId = null;
        int eventStart = -1;
        int eventEnd = -1;
        try (JsonParser parser = JSON.createParser(payload)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("heldEventId".equals(field) && value == JsonToken.VALUE_STRING) {
                    heldEventId = parser.getText();
                } else if ("event".equals(field) && value == JsonToken.START_OBJECT) {
                    eventStart = (int) parser.currentTokenLocation().getByteOffset();
                    eventEnd = endOfObject(payload, eventStart);
                    if (heldEventId != null && eventEnd > 0 && closesTheObject(payload, eventEnd)) {
                        break;
                    }
                    parser.skipChildren();
                    eventEnd = (int) parser.currentTokenLocation().getByteOffset() + 1;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a stored held event of project " + projectId + " is not readable", e);
        }
        if (heldEventId == null || eventStart < 0) {
            throw new IllegalStateException("a stored held event of project " + projectId
                    + " has no heldEventId or no event");
        }
        ByteArrayOutputStream view = new ByteArrayOutputStream(eventEnd - eventStart + 128);
        view.writeBytes(ID_FIELD);
        view.write('"');
        view.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(heldEventId));
        view.write('"');
        view.writeBytes(EVENT_FIELD);
        view.write(payload, eventStart, eventEnd - eventStart);
        view.writeBytes(RECORDED_AT_FIELD);
        view.writeBytes(ascii(recordedAt.toString()));
        view.writeBytes(END);
        return new HeldEventJson(projectId, sequence, heldEventId, view.toByteArray());
    }

    /**
     * Where the JSON object that starts at {@code start} ends (the index after its closing brace), or
     * -1: a scan of its bytes that only follows strings and nesting. Tokenizing the event's fields
     * (Jackson's {@code skipChildren}) to find the same place was a tenth of a rebuild's processor
     * time, and the event is the stored payload's last field, so nothing after it needs reading.
     * The bytes that matter are ASCII, which no byte of a multi-byte UTF-8 character is.
     */
    static int endOfObject(byte[] json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether only white space and the closing brace of the payload follow {@code from}. */
    private static boolean closesTheObject(byte[] json, int from) {
        int i = from;
        while (i < json.length && isWhiteSpace(json[i])) {
            i++;
        }
        if (i == json.length || json[i] != '}') {
            return false;
        }
        for (i++; i < json.length; i++) {
            if (!isWhiteSpace(json[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
