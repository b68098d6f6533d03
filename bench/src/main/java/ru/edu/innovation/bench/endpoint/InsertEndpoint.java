package ru.edu.innovation.bench.endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.plan.HeldEvent;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The command endpoint without the engine: the same URL, body and validation as command-service's
 * «record a held event», on the same web stack (Spring MVC on Tomcat, Spring Security with HTTP Basic,
 * Jackson), and then only the row a command stores (payload and metadata as JSON) in one INSERT
 * of its own transaction into the raw baseline's table. No aggregate, unit of work, hash chain,
 * Camunda or feed. The benchmark measures it next to the product to show what the HTTP request
 * alone costs on this machine, against which the engine's own cost can be read.
 */
@SpringBootApplication
public class InsertEndpoint {

    /** The row a «held event recorded» stores, into the raw baseline's table: the same for both baselines. */
    public static final String INSERT_ROW = """
            INSERT INTO bench_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, 'InnovationProject', ?, 'ru.edu.innovation.api.plan.HeldEventRecordedEvent', '1', ?, ?)""";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(InsertEndpoint.class);
        application.setDefaultProperties(Map.of(
                "spring.main.banner-mode", "off",
                "spring.mvc.problemdetails.enabled", "true",
                "spring.jackson.default-property-inclusion", "non_null",
                "spring.datasource.hikari.maximum-pool-size", "20",
                "management.endpoints.web.exposure.include", "health",
                "management.endpoint.health.probes.enabled", "true"));
        application.run(args);
    }

    /**
     * Basic authentication with a plain comparison: the product verifies a login once and then
     * remembers it, so a request costs it a lookup, not a password hash. (With Spring's delegating
     * encoder a {@code {noop}} password is "upgraded" to bcrypt on the first login, and every
     * request after it then spends about 75 ms hashing.)
     */
    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(User.withUsername("sikora").password("demo").roles("SCHOOL").build());
    }

    @Bean
    @SuppressWarnings("deprecation")
    PasswordEncoder plainComparison() {
        return NoOpPasswordEncoder.getInstance();
    }

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/error").permitAll()
                        .anyRequest().hasRole("SCHOOL"))
                .httpBasic(basic -> { })
                .build();
    }

    @RestController
    static class HeldEvents {

        private final JdbcTemplate jdbc;
        private final ObjectMapper json;
        private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

        HeldEvents(JdbcTemplate jdbc, ObjectMapper json) {
            this.jdbc = jdbc;
            this.json = json;
        }

        record Recorded(String projectId, String heldEventId, HeldEvent event) {
        }

        record Answer(String projectId, long version, String id) {
        }

        @PostMapping("/api/projects/{projectId}/held-events")
        @Transactional
        public ResponseEntity<Answer> record(@PathVariable String projectId, @Valid @RequestBody HeldEvent event,
                                             Authentication user) throws Exception {
            String heldEventId = UUID.randomUUID().toString();
            long version = versions.computeIfAbsent(projectId, id -> new AtomicLong()).incrementAndGet();
            Map<String, Object> metaData = new LinkedHashMap<>();
            metaData.put("userId", user.getName());
            metaData.put("role", "SCHOOL");
            metaData.put("correlationId", UUID.randomUUID().toString());
            metaData.put("traceId", UUID.randomUUID().toString());
            jdbc.update(INSERT_ROW,
                    UUID.randomUUID().toString(), projectId, version, Instant.now().toString(),
                    json.writeValueAsBytes(new Recorded(projectId, heldEventId, event)),
                    json.writeValueAsBytes(metaData));
            return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/held-events/" + heldEventId))
                    .eTag(Long.toString(version))
                    .body(new Answer(projectId, version, heldEventId));
        }
    }
}
