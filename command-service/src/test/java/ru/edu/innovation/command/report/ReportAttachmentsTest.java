package ru.edu.innovation.command.report;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.report.AttachReportFileCommand;
import ru.edu.innovation.api.report.DetachReportFileCommand;
import ru.edu.innovation.api.report.ReportFileAttachedEvent;
import ru.edu.innovation.api.report.ReportFileDetachedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import java.util.ArrayList;
import java.util.List;

import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.INTERIM_REPORT;
import static ru.edu.innovation.command.project.ProjectFixtures.LEADER;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.interimAcceptedByInstitute;
import static ru.edu.innovation.command.project.ProjectFixtures.interimReturnedByInstitute;
import static ru.edu.innovation.command.project.ProjectFixtures.interimSigned;
import static ru.edu.innovation.command.project.ProjectFixtures.interimSubmitted;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;

/** Files attached to the version of a report the school prepares (Приложения 1–8 of the form). */
class ReportAttachmentsTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String PDF = "application/pdf";

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    private static AttachReportFileCommand attach(String attachmentId, String fileName) {
        return new AttachReportFileCommand(PROJECT_ID, INTERIM_REPORT, attachmentId, fileName, PDF, 1024, SHA,
                "Приложение 1");
    }

    private static ReportFileAttachedEvent attached(String attachmentId, String fileName) {
        return new ReportFileAttachedEvent(PROJECT_ID, INTERIM_REPORT, attachmentId, fileName, PDF, 1024, SHA,
                "Приложение 1", COORDINATOR);
    }

    @Test
    @DisplayName("the school attaches a file to a submitted report before the leader signs it")
    void attachesBeforeSignature() {
        fixture.given(interimSubmitted())
                .when(attach("a-1", "Программа семинара.pdf"), AS_COORDINATOR)
                .expectEvents(attached("a-1", "Программа семинара.pdf"))
                .expectResultMessagePayload(versionAfter(interimSubmitted(), 1));
    }

    @Test
    @DisplayName("the school attaches a file to a returned report, for its resubmission")
    void attachesAfterReturn() {
        fixture.given(interimReturnedByInstitute())
                .when(attach("a-1", "Программа семинара.pdf"), AS_COORDINATOR)
                .expectEvents(attached("a-1", "Программа семинара.pdf"));
    }

    @Test
    @DisplayName("refuses a file once the leader signed the report: that version is the reviewers'")
    void refusesAfterSignature() {
        fixture.given(interimSigned())
                .when(attach("a-1", "Программа семинара.pdf"), AS_COORDINATOR)
                .expectException(violation("REPORT_NOT_WITH_SCHOOL"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a file while the ministry reviews the report")
    void refusesDuringReview() {
        fixture.given(interimAcceptedByInstitute())
                .when(attach("a-1", "Программа семинара.pdf"), AS_COORDINATOR)
                .expectException(violation("REPORT_NOT_WITH_SCHOOL"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("denies attaching to a school of another organization")
    void deniesForeignSchool() {
        fixture.given(interimSubmitted())
                .when(attach("a-1", "Программа семинара.pdf"), AS_FOREIGN_SCHOOL)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a file to a report the project does not have")
    void refusesUnknownReport() {
        fixture.given(interimSubmitted())
                .when(new AttachReportFileCommand(PROJECT_ID, "no-such-report", "a-1", "Программа.pdf", PDF, 1024,
                        SHA, null), AS_COORDINATOR)
                .expectException(UnknownProjectPartException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a second file of the same name, whatever its letter case")
    void refusesDuplicateName() {
        fixture.given(with(interimSubmitted(), attached("a-1", "Программа семинара.pdf")))
                .when(attach("a-2", "программа СЕМИНАРА.PDF"), AS_COORDINATOR)
                .expectException(violation("DUPLICATE_ATTACHMENT_NAME"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses an attachment id already used by the report")
    void refusesDuplicateId() {
        fixture.given(with(interimSubmitted(), attached("a-1", "Программа семинара.pdf")))
                .when(attach("a-1", "Другой файл.pdf"), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses a file beyond the limit of files per report")
    void refusesBeyondLimit() {
        List<Object> full = new ArrayList<>(interimSubmitted());
        for (int i = 1; i <= Report.MAX_ATTACHMENTS; i++) {
            full.add(attached("a-" + i, "Файл " + i + ".pdf"));
        }
        fixture.given(full)
                .when(attach("a-extra", "Ещё один.pdf"), AS_COORDINATOR)
                .expectException(violation("TOO_MANY_ATTACHMENTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("a detached file frees its place and its name")
    void detachedFreesName() {
        fixture.given(with(interimSubmitted(), attached("a-1", "Программа семинара.pdf"),
                        new ReportFileDetachedEvent(PROJECT_ID, INTERIM_REPORT, "a-1", COORDINATOR)))
                .when(attach("a-2", "Программа семинара.pdf"), AS_COORDINATOR)
                .expectEvents(attached("a-2", "Программа семинара.pdf"));
    }

    @Test
    @DisplayName("files attached before a return stay with the report for its resubmission")
    void filesStayAfterResubmission() {
        fixture.given(with(interimReturnedByInstitute(), attached("a-1", "Программа семинара.pdf"),
                        new ReportResubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReportSections(), COORDINATOR,
                                null, null, null)))
                .when(new DetachReportFileCommand(PROJECT_ID, INTERIM_REPORT, "a-1"), AS_COORDINATOR)
                .expectEvents(new ReportFileDetachedEvent(PROJECT_ID, INTERIM_REPORT, "a-1", COORDINATOR));
    }

    @Test
    @DisplayName("the school detaches a file while the report is with it")
    void detaches() {
        fixture.given(with(interimSubmitted(), attached("a-1", "Программа семинара.pdf")))
                .when(new DetachReportFileCommand(PROJECT_ID, INTERIM_REPORT, "a-1"), AS_COORDINATOR)
                .expectEvents(new ReportFileDetachedEvent(PROJECT_ID, INTERIM_REPORT, "a-1", COORDINATOR));
    }

    @Test
    @DisplayName("refuses to detach a file the report does not have")
    void refusesUnknownAttachment() {
        fixture.given(with(interimSubmitted(), attached("a-1", "Программа семинара.pdf"),
                        new ReportFileDetachedEvent(PROJECT_ID, INTERIM_REPORT, "a-1", COORDINATOR)))
                .when(new DetachReportFileCommand(PROJECT_ID, INTERIM_REPORT, "a-1"), AS_COORDINATOR)
                .expectException(UnknownProjectPartException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("refuses to detach a file once the leader signed the report")
    void refusesDetachAfterSignature() {
        fixture.given(with(interimSubmitted(), attached("a-1", "Программа семинара.pdf"),
                        new ReportSignedEvent(PROJECT_ID, INTERIM_REPORT, LEADER)))
                .when(new DetachReportFileCommand(PROJECT_ID, INTERIM_REPORT, "a-1"), AS_COORDINATOR)
                .expectException(violation("REPORT_NOT_WITH_SCHOOL"))
                .expectNoEvents();
    }
}
