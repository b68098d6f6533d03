package ru.edu.innovation.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.platform.web.TextLimits;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The limits every request body meets before it becomes a command, in one place: whatever passes
 * them can be stored, projected into the read views and published on the feed.
 * <ul>
 *   <li>the body is at most {@value #MAX_BODY_BYTES} bytes, so an event stays well under a Kafka
 *       record's megabyte;</li>
 *   <li>every string is at most its field's {@code @Size(max)}, or {@value #DEFAULT_TEXT_LENGTH}
 *       characters where the field names none, and holds no control character but line breaks and
 *       tabs, no unpaired surrogate and no non-character (PostgreSQL refuses NUL in text);</li>
 *   <li>every number has at most {@value #MAX_INTEGER_DIGITS} digits before the point and
 *       {@value #MAX_FRACTION_DIGITS} after it: an indicator is a score, a share or a count;</li>
 *   <li>every date is ISO ({@code 2023-09-30}, or Jackson's {@code [2023, 9, 30]}) and lies between
 *       {@link #EARLIEST_DATE} and {@link #LATEST_DATE};</li>
 *   <li>JSON is strict: no duplicate keys, no unknown properties, nothing coerced (a number is not a
 *       string, an enum is not its ordinal, {@code 3.14} is not an integer).</li>
 * </ul>
 * Tighter limits of single fields are {@code @Size} annotations on the {@code api} records.
 */
public final class InputLimits {

    public static final int MAX_BODY_BYTES = 512 * 1024;
    public static final int DEFAULT_TEXT_LENGTH = 10_000;
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_FRACTION_DIGITS = 6;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** For each kind of target, the shapes of JSON value it must not be converted from. */
    private static final Map<LogicalType, CoercionInputShape[]> NO_COERCION = Map.of(
            LogicalType.Textual, new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean},
            LogicalType.Integer, new CoercionInputShape[]{CoercionInputShape.String, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString},
            LogicalType.Float, new CoercionInputShape[]{CoercionInputShape.String, CoercionInputShape.Boolean,
                    CoercionInputShape.EmptyString},
            LogicalType.Boolean, new CoercionInputShape[]{CoercionInputShape.String, CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.EmptyString},
            LogicalType.Enum, new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.EmptyString},
            LogicalType.DateTime, new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.EmptyString},
            LogicalType.POJO, new CoercionInputShape[]{CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean},
            LogicalType.Collection, new CoercionInputShape[]{CoercionInputShape.String, CoercionInputShape.EmptyString});

    private InputLimits() {
    }

    /** A copy of {@code base} that reads request bodies within the limits; writing is unchanged. */
    public static ObjectMapper strictCopyOf(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_BODY_BYTES)
                .maxNestingDepth(32)
                .maxNumberLength(64)
                .maxStringLength(MAX_BODY_BYTES)
                .maxNameLength(200)
                .build());
        strict.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        NO_COERCION.forEach((type, shapes) -> {
            for (CoercionInputShape shape : shapes) {
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        });
        strict.registerModule(new SimpleModule("input-limits")
                .addDeserializer(String.class, new LimitedText(DEFAULT_TEXT_LENGTH))
                .addDeserializer(BigDecimal.class, new LimitedDecimal())
                .addDeserializer(LocalDate.class, new LimitedDate()));
        return strict;
    }

    /** A value the JSON carries correctly but that lies outside the limits; its path names the field. */
    public static final class RefusedValueException extends MismatchedInputException {
        RefusedValueException(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** Strings within their field's {@code @Size(max)} or the default, without control characters. */
    static final class LimitedText extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private final int maxLength;

        LimitedText(int maxLength) {
            super(String.class);
            this.maxLength = maxLength;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            // A @Size on a list counts its elements, not the characters of each.
            Size size = property == null || !property.getType().hasRawClass(String.class)
                    ? null : property.getAnnotation(Size.class);
            return size == null || size.max() == maxLength ? this : new LimitedText(size.max());
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            String refusal = TextLimits.refusal(text, maxLength, true);
            if (refusal != null) {
                throw new RefusedValueException(parser, refusal, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Numbers of a size an indicator can have; refused before anything expands their digits. */
    static final class LimitedDecimal extends StdScalarDeserializer<BigDecimal> {
        LimitedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            boolean tooLarge = (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS;
            boolean tooFine = !tooLarge && value.scale() > MAX_FRACTION_DIGITS
                    && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS;
            if (tooLarge || tooFine) {
                throw new RefusedValueException(parser, "число должно иметь не больше " + MAX_INTEGER_DIGITS
                        + " цифр до запятой и " + MAX_FRACTION_DIGITS + " после", BigDecimal.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    /** ISO dates (ГГГГ-ММ-ДД) in a range a project, an order or a report can have. */
    static final class LimitedDate extends StdScalarDeserializer<LocalDate> {
        LimitedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date;
            if (parser.hasToken(JsonToken.START_ARRAY)) {
                // Jackson's own other shape of a date, [2023, 9, 30], as clients with its defaults write it.
                date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            } else if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw context.weirdStringException(text, LocalDate.class, "ожидается дата в формате ГГГГ-ММ-ДД");
                }
            } else {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            if (date == null) {
                return null;
            }
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                throw new RefusedValueException(parser, "дата должна лежать между " + EARLIEST_DATE + " и " + LATEST_DATE,
                        LocalDate.class);
            }
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
