package ru.edu.innovation.query.projection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** What every projection's storage does alike with the transaction its batch commits in. */
@Component
public class ViewTables {

    /** Well below the bind-parameter limits of both databases. */
    private static final int IDS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    public ViewTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is the embedded H2 (else PostgreSQL): asked once, on first use. */
    public boolean h2() {
        if (h2 == null) {
            h2 = "H2".equals(jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName()));
        }
        return h2;
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk
     * (PostgreSQL's {@code synchronous_commit = off} for this transaction). A batch of the views
     * commits with the processor's token: one lost in a crash is lost with its token and folded
     * again, so waiting for the disk buys nothing, while a replay commits a thousand batches.
     */
    public void commitWithoutWaitingForDisk() {
        if (!h2()) {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    /**
     * Runs {@code writes} in the current transaction behind a savepoint: if they fail, what they
     * wrote is undone and the transaction stays usable (PostgreSQL refuses every statement of a
     * transaction after a failed one), so one event's failure can be parked and the rest committed.
     */
    public void isolated(Runnable writes) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try {
                writes.run();
            } catch (RuntimeException failed) {
                connection.rollback(savepoint);
                throw failed;
            }
            connection.releaseSavepoint(savepoint);
            return null;
        });
    }

    /**
     * Hands each row of {@code select} for the projects to {@code row}, in as few queries as the ids
     * allow: {@code select} ends where its {@code WHERE project_id IN (…)} is added.
     */
    public void forEachRowOf(String select, Collection<String> projectIds, RowCallbackHandler row) {
        List<String> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.query(select + " WHERE project_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    row, chunk.toArray());
        }
    }

    /**
     * A text as a column can hold it: PostgreSQL's text refuses the NUL character, which JSON (and
     * so a stored event) carries. The column gets U+FFFD in its place, a JSON document (json, which
     * keeps it escaped) the text as stored, so a view shows what was sent and filters and sorts on a
     * text as close to it as the column allows.
     */
    public static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }
}
