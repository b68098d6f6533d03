package ru.edu.innovation.api.store;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Axon's JDBC engine whose events carry their timestamp already read ({@link StoredTimestamps}).
 * Axon's own entries keep the stored text and parse it again each time the timestamp is asked for:
 * once for the gap check, once when the message is built, once more by every handler that wants it.
 */
public class StoredTimestampJdbcEngine extends JdbcEventStorageEngine {

    public StoredTimestampJdbcEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return withTimestamp(super.getDomainEventData(resultSet), resultSet);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedDomainEventData<?> tracked = (TrackedDomainEventData<?>) super.getTrackedEventData(resultSet, previousToken);
        return new TrackedDomainEventData<>(tracked.trackingToken(), withTimestamp(tracked, resultSet));
    }

    private <T> DomainEventData<T> withTimestamp(DomainEventData<T> entry, ResultSet resultSet) throws SQLException {
        return new Timestamped<>(entry, StoredTimestamps.parse(resultSet.getString(schema().timestampColumn())));
    }

    private record Timestamped<T>(DomainEventData<T> entry, Instant timestamp) implements DomainEventData<T> {

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public String getType() {
            return entry.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return entry.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return entry.getSequenceNumber();
        }

        @Override
        public String getEventIdentifier() {
            return entry.getEventIdentifier();
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return entry.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return entry.getPayload();
        }
    }
}
