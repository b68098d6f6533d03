package ru.edu.innovation.query.web;

import jakarta.validation.MessageInterpolator;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * Constraint messages in Russian whatever language the client's {@code Accept-Language} or the
 * server's default locale names: the product's users and its problem details speak Russian
 * ({@code ValidationMessages.properties}).
 */
@Configuration(proxyBeanMethods = false)
public class RussianMessages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    ValidationConfigurationCustomizer russianConstraintMessages() {
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
