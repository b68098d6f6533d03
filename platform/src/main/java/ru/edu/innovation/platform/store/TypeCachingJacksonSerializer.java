package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer, built as Axon's auto-configuration builds it, that resolves a stored
 * type name to its class once. Axon's own asks Jackson's type factory, that is {@code Class.forName},
 * for every event a processor reads, even one it then skips (bench/findings.md). The names are the
 * event classes the store holds, a set that grows only with the code, so the map needs no bound.
 */
public class TypeCachingJacksonSerializer extends JacksonSerializer {

    private final Map<String, Class> classes = new ConcurrentHashMap<>();

    protected TypeCachingJacksonSerializer(Builder builder) {
        super(builder);
    }

    /** As Axon's auto-configuration builds its Jackson serializers: a new chaining converter on the given mapper. */
    public static TypeCachingJacksonSerializer of(ObjectMapper objectMapper, RevisionResolver revisionResolver,
                                                  ClassLoader classLoader) {
        return new TypeCachingJacksonSerializer(JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(classLoader))
                .objectMapper(objectMapper));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return classes.computeIfAbsent(type.getName(), name -> super.classForType(type));
    }
}
