package ru.edu.innovation.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /** The one clock: dates such as "not in the future" are judged in the region's time zone. */
    @Bean
    public Clock clock(@Value("${innovation.time-zone:Asia/Novokuznetsk}") ZoneId zone) {
        return Clock.system(zone);
    }
}
