package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/**
 * An act registered with the project. Revision 2: the act may be a draft, without number and date;
 * every act stored at revision 1 had its date and reads as an adopted one.
 */
@Revision("2")
public record NormativeActRegisteredEvent(String projectId, String actId, NormativeAct act) {
}
