package ru.edu.innovation.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * What a scenario may use: the mode, the two services, the database, the broker. Quick mode
 * (CI) runs every scenario briefly to show the benchmark still works; it judges nothing.
 */
public record Run(boolean quick, String jdbcUrl, String kafkaBootstrap, Service commandService,
                  Service queryService, Http commands, Http reads, Projects projects,
                  Map<String, String> queryEnvironment, Path logs) {

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    /** Repetitions of each measurement; the median is reported. */
    public int repetitions() {
        return quick ? 1 : 3;
    }

    public int seconds(int full) {
        return quick ? 2 : full;
    }
}
