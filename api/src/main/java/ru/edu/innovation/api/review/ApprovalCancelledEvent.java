package ru.edu.innovation.api.review;

import org.axonframework.serialization.Revision;

/**
 * The approval chain of an item was deleted by {@code cancelledBy} before it decided: the item is
 * back with the school and may be submitted again, which starts a new chain.
 */
@Revision("1")
public record ApprovalCancelledEvent(String projectId, ReviewedItem item, String itemId, String processInstanceId,
                                     String cancelledBy) {
}
