package ru.edu.innovation.query.card;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade from held events in rows of their own to pages (V5), on the machine's PostgreSQL in a
 * database of its own: the views a service left behind are emptied and its processor's position
 * removed, so it folds the store again on its next start instead of showing cards without their
 * held events.
 */
class HeldEventPagesMigrationTest {

    private static final String SERVER = System.getProperty("test.postgres.server",
            System.getenv().getOrDefault("TEST_POSTGRES_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));
    private static final String DATABASE = "innovation_query_migration" + System.getenv().getOrDefault("TEST_DATABASE_SUFFIX", "");

    @BeforeEach
    void freshDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Test
    @DisplayName("upgrading to pages empties the views and removes their processor's position, and nothing else's")
    void upgradeReplaysTheCards() throws SQLException {
        migrateTo("4");
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO project_card VALUES ('p-1', 5, 'ACTIVE', 'REGIONAL', 'Яйский округ', 1, 'imc-yaya',
                        'МБУ ИМЦ', 'тема', 'цель', now(), now(), '{}')""");
            sql.executeUpdate("""
                    INSERT INTO pending_review VALUES ('p-1', 'REPORT', 'r-1', 'INSTITUTE', 'отчёт', 'imc-yaya',
                        'МБУ ИМЦ', 'Яйский округ', now(), false)""");
            sql.executeUpdate("INSERT INTO held_event VALUES ('p-1', 'held-1', null, '{}', now())");
            sql.executeUpdate("""
                    INSERT INTO query_token_entry (processor_name, segment) VALUES
                        ('project-cards', 0), ('project-cards', 1), ('another-view', 0)""");
        }

        migrateTo("latest");

        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM project_card")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM pending_review")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM held_event_page")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM pg_tables WHERE tablename = 'held_event'")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM query_token_entry WHERE processor_name = 'project-cards'"))
                    .isZero();
            assertThat(count(sql, "SELECT count(*) FROM query_token_entry WHERE processor_name = 'another-view'"))
                    .isOne();
            // This server is built with lz4, as PostgreSQL's Debian packages and Docker images are.
            assertThat(count(sql, """
                    SELECT count(*) FROM pg_attribute
                     WHERE attrelid = 'held_event_page'::regclass AND attname = 'held' AND attcompression = 'l'"""))
                    .isOne();
        }
    }

    @Test
    @DisplayName("upgrading to held events by category (V11) folds both views again from the store, and nothing else")
    void heldEventsByCategoryFoldAgain() throws SQLException {
        migrateTo("9");
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO held_event_page VALUES ('p-1', 1,
                        '[{"title":"Семинар","participants":{"teachers":12,"students":0,"parents":0,"others":0}}]')""");
            sql.executeUpdate("INSERT INTO pending_review_project VALUES ('p-1', 5, '{}')");
            sql.executeUpdate("""
                    INSERT INTO query_token_entry (processor_name, segment) VALUES
                        ('project-cards', 0), ('pending-reviews', 0), ('another-view', 0)""");
        }

        migrateTo("latest");

        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM held_event_page")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM pending_review_project")).isZero();
            assertThat(count(sql, """
                    SELECT count(*) FROM query_token_entry WHERE processor_name IN ('project-cards', 'pending-reviews')"""))
                    .isZero();
            assertThat(count(sql, "SELECT count(*) FROM query_token_entry WHERE processor_name = 'another-view'"))
                    .isOne();
        }
    }

    private static void migrateTo(String version) {
        Flyway.configure()
                .dataSource(SERVER + DATABASE, "postgres", "")
                .locations("classpath:db/migration/query/postgresql")
                .table("flyway_history_query")
                .target(version)
                .load()
                .migrate();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
