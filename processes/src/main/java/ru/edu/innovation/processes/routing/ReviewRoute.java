package ru.edu.innovation.processes.routing;

import ru.edu.innovation.api.common.DecidingAct;

import java.time.Duration;

/**
 * One row of the routing table: the group that reviews, the group that decides, the decider as task names
 * call it («Решение министерства образования Кузбасса …»), its act, and the time each has.
 * {@value #INSTITUTE} in a group stands for the institute the school chose for its project.
 */
public record ReviewRoute(String reviewerGroup, String deciderGroup, String deciderOf, DecidingAct decidingAct,
                          Duration reviewTime, Duration decisionTime) {

    public static final String INSTITUTE = "{institute}";

    /** Whether a group names the chosen institute rather than a fixed body. */
    public static boolean namesInstitute(String group) {
        return group.contains(INSTITUTE);
    }
}
