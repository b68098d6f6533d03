package ru.edu.innovation.platform.time;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The one clock of each service: dates such as "not in the future" are judged in the region's time zone. */
@AutoConfiguration
@EnableConfigurationProperties(TimeZoneProperties.class)
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(TimeZoneProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
