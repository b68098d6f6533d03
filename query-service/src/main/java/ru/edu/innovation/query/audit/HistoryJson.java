package ru.edu.innovation.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.platform.store.RawJson;
import ru.edu.innovation.platform.store.StoredTimestamps;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A page of history written as {@link History} from the stored rows as they are read: each row
 * becomes a {@link HistoryEntry} in JSON without becoming an object first. The payload's bytes are
 * copied as stored, and of the metadata only the keys an entry shows are read, with a streaming
 * parser: through records and Spring's converter, a page spent most of its time decoding and
 * encoding payloads again and binding metadata.
 */
final class HistoryJson {

    /** The rows of a page: the project, the first sequence number and the one after the last. */
    /** The metadata keys an entry shows, named and ordered as {@link HistoryEntry}'s fields. */
    private static final List<String> SHOWN = List.of(MetaDataKeys.USER_ID, MetaDataKeys.ORGANIZATION_ID,
            MetaDataKeys.ROLE, MetaDataKeys.CORRELATION_ID, MetaDataKeys.CAUSATION_ID,
            MetaDataKeys.PROCESS_INSTANCE_ID, MetaDataKeys.TASK_ID, MetaDataKeys.HASH);
    private static final Map<String, Integer> SHOWN_POSITIONS = IntStream.range(0, SHOWN.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(SHOWN::get, Function.identity()));
    // Field names encoded once rather than escaped and encoded for every entry of every page.
    private static final SerializedString[] SHOWN_NAMES = SHOWN.stream().map(SerializedString::new)
            .toArray(SerializedString[]::new);
    private static final SerializedString SEQUENCE = new SerializedString("sequence");
    private static final SerializedString EVENT_ID = new SerializedString("eventId");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString REVISION = new SerializedString("revision");
    private static final SerializedString OCCURRED_AT = new SerializedString("occurredAt");
    private static final SerializedString PAYLOAD = new SerializedString("payload");

    private final JsonFactory json;
    private final JsonGenerator page;

    /** Starts the page: its heading, then the events as {@link #entry} is given rows, then {@link #end}. */
    HistoryJson(JsonFactory json, OutputStream out, String projectId, long total, int page, int size)
            throws IOException {
        this.json = json;
        this.page = json.createGenerator(out);
        this.page.writeStartObject();
        this.page.writeStringField("projectId", projectId);
        this.page.writeNumberField("total", total);
        this.page.writeNumberField("page", page);
        this.page.writeNumberField("size", size);
        this.page.writeArrayFieldStart("events");
    }

    /** One row of the history's page ({@link StoredHistory#writePage}) as an entry of the page. */
    void entry(ResultSet row) throws SQLException, IOException {
        page.writeStartObject();
        page.writeFieldName(SEQUENCE);
        page.writeNumber(row.getLong(1));
        page.writeFieldName(EVENT_ID);
        page.writeString(row.getString(2));
        String type = row.getString(3);
        page.writeFieldName(TYPE);
        page.writeString(type.substring(type.lastIndexOf('.') + 1));
        String revision = row.getString(4);
        page.writeFieldName(REVISION);
        page.writeNumber(revision == null ? 0 : Integer.parseInt(revision));
        page.writeFieldName(OCCURRED_AT);
        page.writeString(StoredTimestamps.iso(row.getString(5)));
        String[] shown = shownMetaData(row.getBytes(6));
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] != null) {
                page.writeFieldName(SHOWN_NAMES[i]);
                page.writeString(shown[i]);
            }
        }
        page.writeFieldName(PAYLOAD);
        page.writeRawValue(new RawJson(row.getBytes(7)));
        page.writeEndObject();
    }

    /**
     * Ends the page. Only a page whose rows were all read is ended: after a failure the answer stays
     * unfinished, so a client cannot take a cut page for a whole one.
     */
    void end() throws IOException {
        page.writeEndArray();
        page.writeEndObject();
        page.close();
    }

    /** The values of the shown keys, by position in {@link #SHOWN}; others are skipped unread. */
    private String[] shownMetaData(byte[] stored) throws IOException {
        String[] values = new String[SHOWN.size()];
        if (stored == null) {
            return values;
        }
        try (JsonParser metaData = json.createParser(stored)) {
            if (metaData.nextToken() != JsonToken.START_OBJECT) {
                return values;
            }
            while (metaData.nextToken() == JsonToken.FIELD_NAME) {
                Integer shown = SHOWN_POSITIONS.get(metaData.currentName());
                JsonToken value = metaData.nextToken();
                if (shown != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    values[shown] = metaData.getValueAsString();
                } else {
                    metaData.skipChildren();
                }
            }
        }
        return values;
    }
}
