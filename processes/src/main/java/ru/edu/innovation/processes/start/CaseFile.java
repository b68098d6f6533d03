package ru.edu.innovation.processes.start;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.task.ProcessTarget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reviewer's form shows of the case, brought up to date from the event store when a review
 * round starts: a school may have edited its application or report through the API since the chain
 * started. It also says what changed since the version the previous round saw, so a reviewer after
 * a return reads the answer to the remarks rather than the whole case again. For a report it names
 * the version under review and links to its full document on the read side.
 */
@Component("caseFile")
public class CaseFile {

    public static final String INDICATORS = "projectIndicators";
    public static final String CHANGES = "changesSinceReturn";
    /** The digests of the version the last round reviewed, one «part=digest» a line. */
    static final String REVIEWED_VERSION = "reviewedVersion";

    /** The number of the report version under review, and where its full document is read. */
    public static final String REPORT_VERSION = "reportVersion";
    public static final String REPORT_DOCUMENT_HTML = "reportDocumentHtml";
    public static final String REPORT_DOCUMENT_PDF = "reportDocumentPdf";

    private final ProjectHistory history;
    private final ReportDocumentLinks documents;

    public CaseFile(ProjectHistory history, ReportDocumentLinks documents) {
        this.history = history;
        this.documents = documents;
    }

    public void refresh(DelegateExecution execution) {
        ProcessTarget target = ProcessTarget.of(execution);
        String projectId = target.projectId();
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, String> version;
        if (target.reviewedItem() == ReviewedItem.REPORT) {
            String reportId = target.requireReportId();
            var current = history.currentVersion(projectId, reportId);
            var sections = current.sections();
            variables.putAll(ReviewerView.sections(sections));
            variables.put(REPORT_VERSION, current.number());
            variables.put(REPORT_DOCUMENT_HTML, documents.document(projectId, reportId, current.number(), "html"));
            variables.put(REPORT_DOCUMENT_PDF, documents.document(projectId, reportId, current.number(), "pdf"));
            version = ReviewerView.fingerprint(sections);
        } else {
            var details = history.details(projectId);
            if (target.reviewedItem() == ReviewedItem.APPLICATION) {
                variables.putAll(ReviewerView.application(projectId, details));
            }
            version = ReviewerView.fingerprint(details);
            if (target.reviewedItem() == ReviewedItem.STAGE_COMPLETION) {
                version.put("итоги этапа", Integer.toHexString(String.valueOf(
                        execution.getVariable(ApprovalProcesses.SUMMARY)).hashCode()));
            }
        }
        variables.put(INDICATORS, ReviewerView.indicators(history.indicators(projectId)));
        Object earlier = execution.getVariable(REVIEWED_VERSION);
        variables.put(CHANGES, changes(earlier == null ? null : parse(earlier.toString()), version, target.reviewedItem()));
        variables.put(REVIEWED_VERSION, version.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n")));
        execution.getProcessInstance().setVariables(variables);
    }

    private static String changes(Map<String, String> earlier, Map<String, String> now, ReviewedItem item) {
        if (earlier == null) {
            return "Рассматривается впервые.";
        }
        List<String> changed = now.keySet().stream().filter(part -> !now.get(part).equals(earlier.get(part))).toList();
        if (changed.isEmpty()) {
            return switch (item) {
                case APPLICATION -> "После возврата заявка подана повторно без изменений.";
                case REPORT -> "После возврата отчёт подан повторно без изменений.";
                case STAGE_COMPLETION -> "После возврата итоги этапа и карточка проекта не изменились.";
            };
        }
        return "После возврата изменено: " + String.join(", ", changed) + ".";
    }

    private static Map<String, String> parse(String version) {
        Map<String, String> parts = new LinkedHashMap<>();
        version.lines().forEach(line -> {
            int equals = line.lastIndexOf('=');
            if (equals > 0) {
                parts.put(line.substring(0, equals), line.substring(equals + 1));
            }
        });
        return parts;
    }
}
