package ru.edu.innovation.query.documents;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.platform.integrity.ChainVerification;
import ru.edu.innovation.platform.integrity.HashChainVerifier;
import ru.edu.innovation.platform.integrity.ReportContentDigest;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ReportVersion;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.reports.ReportNotFoundException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Instant;
import java.util.List;

/**
 * A report's frozen versions, each checked against the stored events: the chain recomputed from the
 * project's first event up to the version's own, and the digest recomputed from the sections in
 * that event and the stored link of the event it is based on.
 */
@Component
public class ReportVersions {

    private final ProjectAccess access;
    private final EventStore eventStore;
    private final HashChainVerifier chain;

    public ReportVersions(ProjectAccess access, EventStore eventStore, HashChainVerifier chain) {
        this.access = access;
        this.eventStore = eventStore;
        this.chain = chain;
    }

    /** A version as the list of versions shows it. */
    public record VersionEntry(int number, Instant submittedAt, String submittedBy, long basedOnSequence,
                               String sha256, boolean verified) {
    }

    /** A version whose stored content was read back and checked. */
    public record CheckedVersion(ReportVersion version, ReportSections sections, boolean verified, String failure) {
    }

    public List<VersionEntry> list(String projectId, String reportId) {
        ReportView report = report(access.readableCard(projectId, null), projectId, reportId);
        return report.versions().stream().map(version -> {
            CheckedVersion checked = check(projectId, reportId, version);
            return new VersionEntry(version.number(), version.submittedAt(), version.submittedBy(),
                    version.basedOnSequence(), version.sha256(), checked.verified());
        }).toList();
    }

    /** What changed from version {@code from} to version {@code to}; both must read back as submitted. */
    public VersionDiff diff(String projectId, String reportId, int from, int to) {
        ReportView report = report(access.readableCard(projectId, null), projectId, reportId);
        CheckedVersion before = verified(projectId, reportId, version(report, from));
        CheckedVersion after = verified(projectId, reportId, version(report, to));
        return VersionDiff.between(from, before.sections(), to, after.sections());
    }

    private CheckedVersion verified(String projectId, String reportId, ReportVersion version) {
        CheckedVersion checked = check(projectId, reportId, version);
        if (!checked.verified()) {
            throw new ReportVersionTamperedException(reportId, version.number(), checked.failure());
        }
        return checked;
    }

    static ReportView report(ProjectCard card, String projectId, String reportId) {
        ReportView report = card.reports().get(reportId);
        if (report == null) {
            throw new ReportNotFoundException(projectId, reportId);
        }
        return report;
    }

    /** Version {@code number} of the report (the latest when null); {@link ReportVersionNotFoundException} if none. */
    static ReportVersion version(ReportView report, Integer number) {
        return (number == null ? report.latestVersion() : report.version(number))
                .orElseThrow(() -> new ReportVersionNotFoundException(report.reportId(), number == null ? 1 : number));
    }

    /**
     * Reads the version's sections back from its event and checks them. Anything the stored rows no
     * longer give (a payload that does not read, another event in its place) counts as tampering.
     */
    public CheckedVersion check(String projectId, String reportId, ReportVersion version) {
        ReportSections sections;
        String statedSha256;
        try {
            Object payload = eventAt(projectId, version.sequence());
            if (payload instanceof ReportSubmittedEvent submitted && submitted.reportId().equals(reportId)) {
                sections = submitted.submission().sections();
                statedSha256 = submitted.contentSha256();
            } else if (payload instanceof ReportResubmittedEvent resubmitted && resubmitted.reportId().equals(reportId)) {
                sections = resubmitted.sections();
                statedSha256 = resubmitted.contentSha256();
            } else {
                return new CheckedVersion(version, null, false, "на месте события подачи версии другое событие");
            }
        } catch (RuntimeException unreadable) {
            return new CheckedVersion(version, null, false, "событие подачи версии не читается");
        }
        ChainVerification verification = chain.verifyUpTo(projectId, version.sequence());
        if (!verification.intact()) {
            return new CheckedVersion(version, sections, false,
                    "цепочка хешей нарушена на событии " + verification.firstBrokenSequence());
        }
        if (version.sha256() != null || statedSha256 != null) {
            String base = chain.storedHashAt(projectId, version.basedOnSequence());
            String recomputed = base == null ? null : ReportContentDigest.of(sections, base);
            if (recomputed == null || !recomputed.equals(statedSha256) || !recomputed.equals(version.sha256())) {
                return new CheckedVersion(version, sections, false, "хеш содержимого версии не совпадает");
            }
        }
        return new CheckedVersion(version, sections, true, null);
    }

    private Object eventAt(String projectId, long sequence) {
        DomainEventStream events = eventStore.readEvents(projectId, sequence);
        if (!events.hasNext()) {
            throw new IllegalStateException("no event " + sequence);
        }
        DomainEventMessage<?> event = events.next();
        if (event.getSequenceNumber() != sequence) {
            throw new IllegalStateException("event " + sequence + " is missing");
        }
        return event.getPayload();
    }
}
