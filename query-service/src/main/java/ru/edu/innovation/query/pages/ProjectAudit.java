package ru.edu.innovation.query.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.platform.integrity.ChainVerification;
import ru.edu.innovation.platform.integrity.HashChainVerifier;
import ru.edu.innovation.query.audit.StoredHistory;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectCardHistory;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;
import ru.edu.innovation.query.web.ProjectNotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's pages as the read API's audit views allow them (whoever may read a project reads
 * its history): the history as a timeline with what each event changed on the card, the card at
 * the end of a day, the difference between two days, the hash chain checked, and the history for
 * download. Read from the event store, like the audit API, so it never lags behind it.
 */
@Component
public class ProjectAudit {

    /** Events on one page of the timeline. */
    static final int PAGE = 50;

    /** One event on the timeline: who did what and when, on which task, and what changed on the card. */
    public record TimelineEntry(long sequence, Instant at, String type, String userId, String role,
                                String organizationId, String processInstanceId, String taskId,
                                CardDiff.Changes changes) {
    }

    /**
     * A page of the timeline after the filters; {@code kinds} and {@code actors} are every kind of
     * event and every actor of the project, for the filters' choices.
     */
    public record Timeline(String projectId, List<TimelineEntry> entries, long total, long matching, int page,
                           List<String> kinds, List<String> actors) {

        public int pages() {
            return (int) Math.max(1, (matching + PAGE - 1) / PAGE);
        }
    }

    /**
     * The chain's check, with the first broken event described when there is one and the reason
     * it is broken in Russian.
     */
    public record ChainCheck(ChainVerification verification, Optional<TimelineEntry> firstBroken, String reason) {
    }

    private static final Pattern MISSING = Pattern.compile(
            "event (\\d+) is missing before this one");

    private final EventStore eventStore;
    private final ProjectCardHistory cardHistory;
    private final StoredHistory storedHistory;
    private final HashChainVerifier chain;
    private final ProjectAccess access;
    private final ObjectMapper json;
    private final Labels labels;
    private final Clock clock;

    public ProjectAudit(EventStore eventStore, ProjectCardHistory cardHistory, StoredHistory storedHistory,
                        HashChainVerifier chain, ProjectAccess access, ObjectMapper json, Labels labels, Clock clock) {
        this.eventStore = eventStore;
        this.cardHistory = cardHistory;
        this.storedHistory = storedHistory;
        this.chain = chain;
        this.access = access;
        this.json = json;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * The events of {@code kind} (a class's simple name) by {@code actor} (a login), each or both
     * empty for all, on page {@code page}. The card is folded through the whole stream, but compared
     * before and after only for the events shown.
     */
    public Timeline timeline(String projectId, String kind, String actor, int page) {
        access.requireReadable(projectId);
        long first = (long) page * PAGE;
        ProjectCard card = new ProjectCard();
        List<TimelineEntry> entries = new ArrayList<>();
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<String> actors = new TreeSet<>();
        long total = 0;
        long matching = 0;
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream().iterator();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            total++;
            String type = event.getPayloadType().getSimpleName();
            String userId = meta(event, MetaDataKeys.USER_ID);
            kinds.add(type);
            if (userId != null) {
                actors.add(userId);
            }
            boolean matches = (blank(kind) || kind.equals(type)) && (blank(actor) || actor.equals(userId));
            boolean shown = matches && matching >= first && matching < first + PAGE;
            if (matches) {
                matching++;
            }
            if (shown) {
                JsonNode before = card.projectId() == null ? null : json.valueToTree(card);
                fold(card, event);
                entries.add(entry(event, CardDiff.between(before, json.valueToTree(card), labels)));
            } else {
                fold(card, event);
            }
        }
        if (total == 0) {
            // Not readable without events: requireReadable found a card, so this is a rebuild's moment.
            throw new ProjectNotFoundException(projectId);
        }
        return new Timeline(projectId, entries, total, matching, page, List.copyOf(kinds), List.copyOf(actors));
    }

    /** The project as it stood at the end of {@code day} in the region. */
    public ProjectCard stateAt(String projectId, LocalDate day) {
        access.requireReadable(projectId);
        return cardAt(projectId, day);
    }

    /** What changed on the card from the end of {@code from} to the end of {@code to}. */
    public CardDiff.Changes difference(String projectId, LocalDate from, LocalDate to) {
        access.requireReadable(projectId);
        if (from.isAfter(to)) {
            throw new InvalidQueryException("from: дата " + labels.date(from) + " позже даты " + labels.date(to));
        }
        Instant end = endOf(from);
        JsonNode before = cardHistory.at(projectId, end).map(card -> (JsonNode) json.valueToTree(card)).orElse(null);
        return CardDiff.between(before, json.valueToTree(cardAt(projectId, to)), labels);
    }

    public ChainCheck verify(String projectId) {
        access.requireReadable(projectId);
        ChainVerification verification = chain.verify(projectId);
        Optional<TimelineEntry> broken = Optional.empty();
        if (!verification.intact() && verification.firstBrokenSequence() != null) {
            broken = brokenEvent(projectId, verification.firstBrokenSequence());
        }
        return new ChainCheck(verification, broken, reason(verification.reason()));
    }

    /** 404 for a project that does not exist, 403 for another school's: as the audit API. */
    public void requireReadable(String projectId) {
        access.requireReadable(projectId);
    }

    /** The whole history in the audit API's JSON, as stored. */
    public void writeJson(String projectId, OutputStream out) throws IOException {
        access.requireReadable(projectId);
        storedHistory.writeWhole(projectId, json.getFactory(), out);
    }

    /**
     * The whole history as CSV (RFC 4180, UTF-8): a row per event with who, when, on which task,
     * and the event's content as JSON in the last column.
     */
    public void writeCsv(String projectId, Writer out) throws IOException {
        access.requireReadable(projectId);
        out.write("sequence,occurredAt,type,kind,userId,organizationId,role,processInstanceId,taskId,"
                + "correlationId,causationId,eventId,hash,payload\r\n");
        forEachEvent(projectId, event -> {
            try {
                String type = event.getPayloadType().getSimpleName();
                out.write(csv(Long.toString(event.getSequenceNumber()), event.getTimestamp().toString(), type,
                        labels.event(type), meta(event, MetaDataKeys.USER_ID), meta(event, MetaDataKeys.ORGANIZATION_ID),
                        meta(event, MetaDataKeys.ROLE), meta(event, MetaDataKeys.PROCESS_INSTANCE_ID),
                        meta(event, MetaDataKeys.TASK_ID), meta(event, MetaDataKeys.CORRELATION_ID),
                        meta(event, MetaDataKeys.CAUSATION_ID), event.getIdentifier(), meta(event, MetaDataKeys.HASH),
                        json.writeValueAsString(event.getPayload())));
            } catch (IOException e) {
                throw new UncheckedIOException("writing the history of " + projectId + " as CSV", e);
            }
        });
    }

    private void forEachEvent(String projectId, Consumer<DomainEventMessage<?>> each) {
        eventStore.readEvents(projectId).asStream().forEach(each);
    }

    private ProjectCard cardAt(String projectId, LocalDate day) {
        return cardHistory.at(projectId, endOf(day)).orElseThrow(() -> new InvalidQueryException(
                "на " + labels.date(day) + " проекта ещё не было: выберите более позднюю дату"));
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
    }

    /** The verifier's reasons, which it gives in English for logs and the API, as the page says them. */
    static String reason(String reason) {
        if (reason == null) {
            return null;
        }
        if (reason.equals("the event carries no hash")) {
            return "у события нет хеша";
        }
        if (reason.equals("the stored hash does not match the event's content")) {
            return "сохранённый хеш не совпадает с содержанием события: событие изменено после записи";
        }
        Matcher missing = MISSING.matcher(reason);
        if (missing.matches()) {
            return "перед ним нет события № " + missing.group(1) + ": событие удалено";
        }
        return reason;
    }

    private Optional<TimelineEntry> brokenEvent(String projectId, long sequence) {
        try {
            Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId, sequence).asStream()
                    .iterator();
            if (events.hasNext()) {
                DomainEventMessage<?> event = events.next();
                return Optional.of(entry(event, new CardDiff.Changes(List.of(), 0)));
            }
        } catch (RuntimeException unreadable) {
            // A tampered event may no longer be readable at all: the check still names its number.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private TimelineEntry entry(DomainEventMessage<?> event, CardDiff.Changes changes) {
        return new TimelineEntry(event.getSequenceNumber(), event.getTimestamp(), event.getPayloadType().getSimpleName(),
                meta(event, MetaDataKeys.USER_ID), meta(event, MetaDataKeys.ROLE),
                meta(event, MetaDataKeys.ORGANIZATION_ID), meta(event, MetaDataKeys.PROCESS_INSTANCE_ID),
                meta(event, MetaDataKeys.TASK_ID), changes);
    }

    private static void fold(ProjectCard card, DomainEventMessage<?> event) {
        try {
            card.apply(event.getPayload(), EventContext.of(event));
        } catch (ProjectCard.UnknownEventException notShownOnTheCard) {
            // The timeline still lists the event; the card, which does not know it, shows no change for it.
        }
    }

    private static String meta(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String csv(String... cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                row.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                row.append(cell);
            }
        }
        return row.append("\r\n").toString();
    }
}
