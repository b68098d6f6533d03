package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;

/**
 * A review step on a report: at the institute the conclusion is the scientific consultant's,
 * at the ministry it is the acceptance decision.
 */
public record ReviewReportCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                  @NotNull ReviewLevel level, @NotNull @Valid Review review) {
}
