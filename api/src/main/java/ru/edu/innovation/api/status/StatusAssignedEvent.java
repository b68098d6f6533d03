package ru.edu.innovation.api.status;

import org.axonframework.serialization.Revision;
import ru.edu.innovation.api.common.DecidingAct;

/**
 * The status is assigned by {@code order}, an act of kind {@code act} (ministry order, institute order,
 * municipal распоряжение) issued by the organization {@code issuedBy}, the deciding body of the site's
 * level. Revision 1 knew only ministry orders and not their body: it reads as a ministry order whose
 * body is the organization of the user who recorded it.
 */
@Revision("2")
public record StatusAssignedEvent(String projectId, StatusOrder order, String assignedBy, DecidingAct act,
                                  String issuedBy) {
}
