package ru.edu.innovation.query.web;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters converted as Spring Boot converts configuration values: an enumeration's value in any case
 * ({@code ?level=regional}, {@code ?item=stage-completion}), where Spring MVC alone takes only the constant's exact
 * name.
 */
@Configuration(proxyBeanMethods = false)
public class RequestParameterConversion implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        ApplicationConversionService.addApplicationConverters(registry);
    }
}
