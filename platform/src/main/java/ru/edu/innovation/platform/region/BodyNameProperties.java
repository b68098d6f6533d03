package ru.edu.innovation.platform.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How the reviewing and deciding bodies are named in running text, {@code innovation.identity.organizations[].cases}:
 * a Tasklist form says «Решение управления образования Мариинского округа», «направить в управление …»,
 * «Рассмотрение в управлении …», and Russian needs each case written out by someone who knows the body.
 * The same entries carry the users' and groups' data that command-service creates on first start.
 */
@ConfigurationProperties("innovation.identity")
public record BodyNameProperties(List<Body> organizations) {

    public BodyNameProperties {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    /** An organization; {@code cases} is absent for one that never reviews or decides. */
    public record Body(String id, String name, NameCases cases) {
    }

    /** The body's name as it runs in a sentence (lower case where the name is not a proper one). */
    public record NameCases(String genitive, String accusative, String prepositional) {
    }
}
