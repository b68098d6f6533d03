package ru.edu.innovation.platform.web;

import jakarta.validation.MessageInterpolator;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;

import java.util.Locale;

/**
 * Constraint messages in Russian whatever language the client's {@code Accept-Language} or the
 * server's default locale names: the product's users and its problem details speak Russian
 * ({@code ValidationMessages.properties}).
 */
public final class RussianMessages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private RussianMessages() {
    }

    public static ValidationConfigurationCustomizer constraintMessages() {
        return configuration -> configuration.messageInterpolator(
                new InRussian(configuration.getDefaultMessageInterpolator()));
    }

    record InRussian(MessageInterpolator delegate) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, RUSSIAN);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, RUSSIAN);
        }
    }
}
