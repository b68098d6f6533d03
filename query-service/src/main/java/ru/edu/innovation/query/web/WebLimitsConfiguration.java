package ru.edu.innovation.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * The read API's door: the ids in a path and the query parameters (filters, search, moments) are
 * short and free of control characters before any of them reaches a SQL statement (PostgreSQL
 * refuses a NUL in text and the statement would fail).
 */
@Configuration(proxyBeanMethods = false)
public class WebLimitsConfiguration implements WebMvcConfigurer {

    public static final int MAX_PATH_VALUE_LENGTH = 100;
    public static final int MAX_PARAMETER_LENGTH = 500;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
                    path.forEach((name, value) -> check("адрес", String.valueOf(name), String.valueOf(value),
                            MAX_PATH_VALUE_LENGTH));
                }
                request.getParameterMap().forEach((name, values) -> {
                    check("параметр", name, name, MAX_PARAMETER_LENGTH);
                    for (String value : values) {
                        check("параметр", name, value, MAX_PARAMETER_LENGTH);
                    }
                });
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    private static void check(String where, String name, String value, int maxLength) {
        String refusal = refusal(value, maxLength);
        if (refusal != null) {
            throw new InvalidQueryException(where + " " + shown(name) + ": " + refusal);
        }
    }

    /** Why a value can't be taken, or {@code null} if it can. */
    static String refusal(String text, int maxLength) {
        if (text.length() > maxLength) {
            return "не больше " + maxLength + " символов (передано " + text.length() + ")";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return String.format("недопустимый управляющий символ U+%04X в позиции %d", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return String.format("недопустимый символ U+%04X в позиции %d", (int) c, i + 1);
            }
        }
        return null;
    }

    private static String shown(String name) {
        String text = name.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
