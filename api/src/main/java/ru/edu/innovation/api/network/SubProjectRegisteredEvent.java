package ru.edu.innovation.api.network;

import org.axonframework.serialization.Revision;
import ru.edu.innovation.api.common.Organization;

/**
 * A participant organization's sub-project was registered in the network project; {@code organization}
 * is the participant as the application names it, so a reader of the history needs nothing else.
 */
@Revision("1")
public record SubProjectRegisteredEvent(String projectId, String subProjectId, SubProject subProject,
                                        Organization organization) {
}
