package ru.edu.innovation.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent when an approval chain's process instance is deleted from outside (an administrator in
 * Cockpit or through the engine's REST API): the item goes back to the school, which may submit it
 * again. {@code itemId} is the report id or the stage number; empty for the application.
 */
public record RecordApprovalCancelledCommand(@TargetAggregateIdentifier String projectId, ReviewedItem item,
                                             String itemId, String processInstanceId) {
}
