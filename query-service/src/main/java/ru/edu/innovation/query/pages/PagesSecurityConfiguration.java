package ru.edu.innovation.query.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import ru.edu.innovation.query.security.IdentityStoreAuthenticationProvider;

/**
 * The pages people read in a browser: a login form of their own, a session and CSRF tokens on every
 * form, with the same users as the read API. Matches only the pages' paths, ahead of the API's
 * chain, so the API stays stateless HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
public class PagesSecurityConfiguration {

    /** The paths the pages' chain answers; everything else is the read API's. */
    static final String[] PAGE_PATHS = {"/", "/login", "/logout", "/registry", "/summary", "/projects/**",
            "/pages/**"};

    @Bean
    @Order(1)
    public SecurityFilterChain pagesSecurity(HttpSecurity http, IdentityStoreAuthenticationProvider provider)
            throws Exception {
        return http
                .securityMatcher(PAGE_PATHS)
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/pages/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/registry", false)
                        .failureUrl("/login?error"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'")))
                .build();
    }
}
