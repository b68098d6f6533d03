package ru.edu.innovation.platform.region;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The regions and territories both services and the approval chains route and filter by. */
@AutoConfiguration
@EnableConfigurationProperties(RegionProperties.class)
public class RegionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Regions regions(RegionProperties properties) {
        return new Regions(properties);
    }
}
