package ru.edu.innovation.platform.time;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * The region's time zone ({@code innovation.time-zone}): the zone of the services' clock, in which a
 * date such as an order's is judged and a bare date in a query means the end of that day.
 */
@ConfigurationProperties("innovation")
public record TimeZoneProperties(@DefaultValue("Asia/Novokuznetsk") ZoneId timeZone) {
}
