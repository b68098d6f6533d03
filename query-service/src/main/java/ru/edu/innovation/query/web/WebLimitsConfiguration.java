package ru.edu.innovation.query.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ru.edu.innovation.platform.web.PathAndParameterLimits;

/**
 * The read API's door: the ids in a path and the query parameters (filters, search, moments) are
 * short and free of control characters, line breaks included, before any of them reaches a SQL
 * statement (PostgreSQL refuses a NUL in text and the statement would fail).
 */
@Configuration(proxyBeanMethods = false)
public class WebLimitsConfiguration implements WebMvcConfigurer {

    public static final int MAX_PATH_VALUE_LENGTH = 100;
    public static final int MAX_PARAMETER_LENGTH = 500;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PathAndParameterLimits(MAX_PATH_VALUE_LENGTH, MAX_PARAMETER_LENGTH, false,
                "Ошибка в параметрах запроса")).addPathPatterns("/api/**");
    }
}
