package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RawJsonTest {

    private static final String PAYLOAD = "{\"title\":\"Сетевое мероприятие «Точка роста»\",\"counts\":[14,52],\"note\":null}";
    private final JsonFactory json = new JsonFactory();

    @Test
    @DisplayName("a UTF-8 generator and a character generator write the stored JSON as the same value")
    void writtenAsTheValue() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.createGenerator(bytes)) {
            write(generator);
        }
        StringWriter chars = new StringWriter();
        try (JsonGenerator generator = json.createGenerator(chars)) {
            write(generator);
        }

        String expected = "{\"id\":1,\"data\":" + PAYLOAD + ",\"last\":true}";
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(chars.toString()).isEqualTo(expected);
        assertThat(new ObjectMapper().readTree(expected).path("data").path("title").asText())
                .isEqualTo("Сетевое мероприятие «Точка роста»");
    }

    @Test
    @DisplayName("its quoted forms are the JSON as an escaped string; what does not fit is refused")
    void quotedAndBounded() {
        RawJson raw = new RawJson(PAYLOAD.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(raw.asQuotedUTF8(), StandardCharsets.UTF_8)).startsWith("{\\\"title\\\":");
        assertThat(new String(raw.asQuotedChars())).isEqualTo(new String(raw.asQuotedUTF8(), StandardCharsets.UTF_8));
        assertThat(raw.appendUnquotedUTF8(new byte[8], 0)).isEqualTo(-1);
        assertThat(raw.putUnquotedUTF8(ByteBuffer.allocate(8))).isEqualTo(-1);
        assertThat(raw.charLength()).isEqualTo(PAYLOAD.length());
    }

    private static void write(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField("id", 1);
        generator.writeFieldName("data");
        generator.writeRawValue(new RawJson(PAYLOAD.getBytes(StandardCharsets.UTF_8)));
        generator.writeBooleanField("last", true);
        generator.writeEndObject();
    }
}
