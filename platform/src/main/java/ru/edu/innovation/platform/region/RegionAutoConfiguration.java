package ru.edu.innovation.platform.region;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The regions and territories both services and the approval chains route and filter by, and the names of their bodies. */
@AutoConfiguration
@EnableConfigurationProperties({RegionProperties.class, BodyNameProperties.class})
public class RegionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Regions regions(RegionProperties properties) {
        return new Regions(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    public BodyNames bodyNames(BodyNameProperties properties) {
        return new BodyNames(properties);
    }
}
