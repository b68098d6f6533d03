package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.status.StatusRevocation;
import ru.edu.innovation.api.status.StatusRevokedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event serializer resolves each stored type once and otherwise answers as Axon's own. */
class TypeCachingJacksonSerializerTest {

    /** Jackson's type factory, counting the class names it is asked to resolve. */
    private static final class CountingTypeFactory extends TypeFactory {

        private final List<String> asked = new ArrayList<>();

        CountingTypeFactory() {
            super(new LRUMap<>(16, 200));
        }

        @Override
        public Class<?> findClass(String className) throws ClassNotFoundException {
            asked.add(className);
            return super.findClass(className);
        }
    }

    private final CountingTypeFactory types = new CountingTypeFactory();
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().typeFactory(types)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final TypeCachingJacksonSerializer serializer = TypeCachingJacksonSerializer.of(json,
            new AnnotationRevisionResolver(), getClass().getClassLoader());
    private final JacksonSerializer axons = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()).build();

    @Test
    @DisplayName("a stored type's class is looked up once, however many events of it are read")
    void looksUpEachTypeOnce() {
        SimpleSerializedType revoked = new SimpleSerializedType(StatusRevokedEvent.class.getName(), "1");

        for (int event = 0; event < 3; event++) {
            assertThat(serializer.classForType(revoked)).isEqualTo(StatusRevokedEvent.class);
        }
        assertThat(serializer.classForType(new SimpleSerializedType(StatusRevokedEvent.class.getName(), "2")))
                .isEqualTo(StatusRevokedEvent.class);

        assertThat(types.asked).containsExactly(StatusRevokedEvent.class.getName());
    }

    @Test
    @DisplayName("an unknown type and the empty type resolve as Axon's serializer resolves them")
    void unknownAndEmptyAsAxon() {
        SimpleSerializedType unknown = new SimpleSerializedType("ru.edu.innovation.api.NoSuchEvent", null);

        assertThat(serializer.classForType(unknown)).isEqualTo(axons.classForType(unknown))
                .isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(SimpleSerializedType.emptyType()))
                .isEqualTo(axons.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
        assertThat(types.asked).containsExactly("ru.edu.innovation.api.NoSuchEvent");
    }

    @Test
    @DisplayName("an event written by Axon's serializer reads back the same through this one, and the other way")
    void readsAndWritesAsAxon() {
        StatusRevokedEvent event = new StatusRevokedEvent("yaya-network-2022",
                new StatusRevocation("1102", LocalDate.of(2024, 9, 1), "Отчёт не представлен"), "minobr");

        SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
        SerializedObject<byte[]> writtenByAxon = axons.serialize(event, byte[].class);

        assertThat(written.getType()).isEqualTo(writtenByAxon.getType());
        assertThat(new String(written.getData())).isEqualTo(new String(writtenByAxon.getData()));
        assertThat((Object) serializer.deserialize(writtenByAxon)).isEqualTo(event);
        assertThat((Object) axons.deserialize(written)).isEqualTo(event);
    }
}
