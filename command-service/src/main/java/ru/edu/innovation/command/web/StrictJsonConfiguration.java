package ru.edu.innovation.command.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Request bodies are read with {@link InputLimits#strictCopyOf a strict copy} of the application's
 * JSON mapper. Only the web layer's converter is replaced: the event store, the feed and the
 * application's other readers keep the shared mapper, so events stored before a limit existed still load.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration implements WebMvcConfigurer {

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
}
