package ru.edu.innovation.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.store.RawJson;
import ru.edu.innovation.api.store.StoredTimestamps;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A page of history written as {@link History} from the stored rows as they are read: each row
 * becomes a {@link HistoryEntry} in JSON without becoming an object first. The payload's bytes are
 * copied as stored, and of the metadata only the keys an entry shows are read, with a streaming
 * parser. A page of 2000 events through records and Spring's converter spent a quarter of its time
 * decoding and encoding payloads again and a sixth binding metadata.
 */
final class HistoryJson {

    /** The metadata keys an entry shows, named and ordered as {@link HistoryEntry}'s fields. */
    private static final List<String> SHOWN = List.of(MetaDataKeys.USER_ID, MetaDataKeys.ORGANIZATION_ID,
            MetaDataKeys.ROLE, MetaDataKeys.CORRELATION_ID, MetaDataKeys.CAUSATION_ID,
            MetaDataKeys.PROCESS_INSTANCE_ID, MetaDataKeys.TASK_ID, MetaDataKeys.HASH);

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

    /** One stored row (the columns of {@code domain_event_entry}) as an entry of the page. */
    void entry(ResultSet row) throws SQLException, IOException {
        page.writeStartObject();
        page.writeNumberField("sequence", row.getLong("sequence_number"));
        page.writeStringField("eventId", row.getString("event_identifier"));
        String type = row.getString("payload_type");
        page.writeStringField("type", type.substring(type.lastIndexOf('.') + 1));
        String revision = row.getString("payload_revision");
        page.writeNumberField("revision", revision == null ? 0 : Integer.parseInt(revision));
        page.writeStringField("occurredAt", StoredTimestamps.parse(row.getString("time_stamp")).toString());
        String[] shown = shownMetaData(row.getBytes("meta_data"));
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] != null) {
                page.writeStringField(SHOWN.get(i), shown[i]);
            }
        }
        page.writeFieldName("payload");
        page.writeRawValue(new RawJson(row.getBytes("payload")));
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
                int shown = SHOWN.indexOf(metaData.currentName());
                JsonToken value = metaData.nextToken();
                if (shown >= 0 && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    values[shown] = metaData.getValueAsString();
                } else {
                    metaData.skipChildren();
                }
            }
        }
        return values;
    }
}
