package ru.edu.innovation.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** The read side: projections of the shared event store and the read and audit API. */
@SpringBootApplication
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }

    /** «Today» for overdue activities and reports is the region's date (Kemerovo by default). */
    @Bean
    public Clock clock(@Value("${innovation.time-zone:Asia/Novokuznetsk}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }
}
