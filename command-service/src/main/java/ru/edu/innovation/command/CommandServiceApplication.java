package ru.edu.innovation.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import ru.edu.innovation.command.embedded.EmbeddedProduct;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

@SpringBootApplication
public class CommandServiceApplication {

    /** {@code --embedded} runs the whole product on this machine (see {@link EmbeddedProduct}). */
    public static void main(String[] args) throws Exception {
        if (EmbeddedProduct.requested(args)) {
            EmbeddedProduct.run(args);
            return;
        }
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /** The one clock: dates such as "not in the future" are judged in the region's time zone. */
    @Bean
    public Clock clock(@Value("${innovation.time-zone:Asia/Novokuznetsk}") ZoneId zone) {
        return Clock.system(zone);
    }
}
