package ru.edu.innovation.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ru.edu.innovation.platform.web.PathAndParameterLimits;

import java.util.List;

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
                return true;
            }
        }).addPathPatterns("/api/**");
        registry.addInterceptor(new PathAndParameterLimits(MAX_PATH_VALUE_LENGTH, MAX_PARAMETER_LENGTH, true,
                "Ошибка в адресе запроса")).addPathPatterns("/api/**");
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
}
