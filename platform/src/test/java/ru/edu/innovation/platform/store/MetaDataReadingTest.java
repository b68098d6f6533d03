package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetaDataReadingTest {

    private static final List<String> STORED = List.of(
            "{}",
            "{\"userId\":\"sikora\",\"organizationId\":\"imc-yaya\",\"role\":\"SCHOOL\",\"correlationId\":\"c1\","
                    + "\"causationId\":\"c0\",\"hash\":\"8390aba5\"}",
            "{\"expectedVersion\":41,\"share\":0.5,\"flag\":true,\"none\":null}",
            "{\"nested\":{\"a\":[1,\"two\",{\"b\":null}]},\"list\":[],\"text\":\"«Точка роста»\"}");

    @Test
    @DisplayName("stored metadata reads into the same MetaData as with Axon's own deserializer")
    void sameAsAxon() {
        JacksonSerializer axon = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
        JacksonSerializer ours = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
        MetaDataReading.registerOn(ours);

        for (String json : STORED) {
            MetaData expected = axon.deserialize(stored(json));
            assertThat((MetaData) ours.deserialize(stored(json))).as(json).isEqualTo(expected);
        }
        assertThat(ours.getObjectMapper().getRegisteredModuleIds()).contains("innovation-metadata");
    }

    @Test
    @DisplayName("metadata that is not an object is refused, as by Axon")
    void notAnObject() {
        JacksonSerializer ours = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
        MetaDataReading.registerOn(ours);
        assertThatThrownBy(() -> ours.deserialize(stored("[1,2]"))).isInstanceOf(RuntimeException.class);
    }

    private static SerializedObject<byte[]> stored(String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(MetaData.class.getName(), null));
    }
}
