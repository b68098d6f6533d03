package ru.edu.innovation.query.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLException;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A read while the database is away answers 503 with Retry-After, never 500 (command-service's outage test drives the real thing). */
@DisplayName("a read while the database is away")
class DatabaseUnavailableAnswerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingReads())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    @DisplayName("answers 503 DATABASE_UNAVAILABLE with Retry-After")
    void unavailable() throws Exception {
        mvc.perform(get("/no-connection"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
    }

    @Test
    @DisplayName("answers 503 when the login could not be checked for the same reason")
    void loginNotChecked() throws Exception {
        mvc.perform(get("/login-not-checked"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
    }

    @Test
    @DisplayName("still answers 500 for a failure that is not the database's")
    void otherFailures() throws Exception {
        mvc.perform(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"));
    }

    @RestController
    static class FailingReads {

        @GetMapping("/no-connection")
        String noConnection() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLException("Connection refused", "08001"));
        }

        @GetMapping("/login-not-checked")
        String loginNotChecked() {
            throw new InternalAuthenticationServiceException("Вход не проверен",
                    new SQLException("terminating connection due to administrator command", "57P01"));
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("a bug");
        }
    }
}
