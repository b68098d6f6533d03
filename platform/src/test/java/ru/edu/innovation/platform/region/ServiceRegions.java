package ru.edu.innovation.platform.region;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The regions as a service reads them from its own configuration (its application.yml and what it imports,
 * without starting anything else), and as platform's {@code innovation-regions.yml} defines them: for each
 * service's test that both services read one definition.
 */
public final class ServiceRegions {

    private ServiceRegions() {
    }

    /** The regions the service on the classpath binds, with {@code args} as its command line. */
    public static RegionProperties asTheServiceReadsThem(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegionAutoConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            return context.getBean(RegionProperties.class);
        }
    }

    /** The regions of platform's {@code innovation-regions.yml} alone. */
    public static RegionProperties definedByPlatform() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("innovation-regions",
                    new ClassPathResource("innovation-regions.yml"))) {
                environment.getPropertySources().addLast(source);
            }
            return Binder.get(environment).bind("innovation.identity", RegionProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
