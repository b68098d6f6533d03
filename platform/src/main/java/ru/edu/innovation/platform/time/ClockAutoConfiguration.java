package ru.edu.innovation.platform.time;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of each service: dates such as "not in the future" are judged in the region's time zone. */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(@Value("${innovation.time-zone:Asia/Novokuznetsk}") ZoneId zone) {
        return Clock.system(zone);
    }
}
