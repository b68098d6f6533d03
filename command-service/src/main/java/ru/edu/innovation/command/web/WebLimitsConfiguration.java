package ru.edu.innovation.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The web layer's side of {@link InputLimits}: request bodies are read with a strict copy of the
 * application's JSON mapper, and the ids in a path and the query parameters are short and free of
 * control characters (a NUL reaching PostgreSQL fails the statement). Only the web layer's converter
 * is replaced: the event store, the feed and the application's other readers keep the shared mapper,
 * so events stored before a limit existed still load.
 */
@Configuration(proxyBeanMethods = false)
public class WebLimitsConfiguration implements WebMvcConfigurer {

    /** Ids in a path (projects, reports, activities, indicators) are UUIDs; this leaves room for any code. */
    public static final int MAX_PATH_VALUE_LENGTH = 100;
    public static final int MAX_PARAMETER_LENGTH = 500;

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
                MappingJackson2HttpMessageConverter strict =
                        new MappingJackson2HttpMessageConverter(InputLimits.strictCopyOf(json.getObjectMapper()));
                strict.setSupportedMediaTypes(json.getSupportedMediaTypes());
                converters.set(i, strict);
            }
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws HttpMediaTypeNotSupportedException {
                refuseWildcardContentType(request.getContentType());
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

    /** Spring's converters fail on a body declared as a wildcard type (any type, any JSON subtype): 415. */
    private static void refuseWildcardContentType(String contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType == null) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
        }
    }

    private static void check(String where, String name, String value, int maxLength) {
        String refusal = InputLimits.refusal(value, maxLength);
        if (refusal != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    where + " " + shown(name) + ": " + refusal);
            problem.setType(URI.create("urn:innovation:problem:validation-failed"));
            problem.setTitle("Ошибка в адресе запроса");
            problem.setProperty("code", "VALIDATION_FAILED");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }

    private static String shown(String name) {
        String text = name.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
