package ru.edu.innovation.platform.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being away (restarting, unreachable, out of connections)
 * from every other failure, whichever layer wrapped it (Spring, Axon, Camunda's MyBatis), so the
 * services can answer 503 with Retry-After: the request may be sent again, nothing is wrong with it.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait; a PostgreSQL restart takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            // A rollback that fails on the driver means the connection is gone (the commit's own failure,
            // logged by Spring, is not kept); one that carries the commit's failure is judged by that.
            if (cause instanceof TransactionSystemException transaction
                    && (transaction.getCause() instanceof SQLException
                    || (transaction.getApplicationException() != null && causedBy(transaction.getApplicationException())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is a connection exception; 57P01-57P03 are PostgreSQL shutting down or
     * starting; 53300 is "too many connections".
     */
    private static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }
}
