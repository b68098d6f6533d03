package ru.edu.innovation.platform.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("a database that is away")
class DatabaseUnavailableTest {

    @Test
    @DisplayName("is recognised through the layers that wrap it")
    void recognisedThroughWrappers() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        RuntimeException axon = new IllegalStateException("An event could not be stored",
                new RuntimeException("mybatis", terminated));
        assertThat(DatabaseUnavailable.causedBy(axon)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("Connection is not available"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new java.net.ConnectException("refused")))).isTrue();
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("a rollback the driver could not send").isTrue();
    }

    @Test
    @DisplayName("is not confused with a broken constraint, a bad statement or a plain bug")
    void notConfused() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    @DisplayName("survives a cause chain that loops")
    void loopingChain() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
    }
}
