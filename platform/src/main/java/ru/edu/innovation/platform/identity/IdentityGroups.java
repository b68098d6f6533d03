package ru.edu.innovation.platform.identity;

import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;

import java.util.Map;
import java.util.Optional;

/**
 * How groups of the identity service shared by the API and Tasklist map to the product's roles.
 * Every organization is a group of type {@value #ORGANIZATION_TYPE}; the candidate groups of the
 * BPMN user tasks use the same ids: an organization's id for school tasks; for the institute's
 * reviews the id of the project's reviewing institute (e.g. {@code iro-kuzbass}), and for its overdue
 * reviews that institute's supervisors, {@code <institute id>}{@value #SUPERVISORS_SUFFIX}
 * ({@code iro-kuzbass-supervisor}); {@code ministry} and {@value #MINISTRY_SUPERVISORS} for the
 * ministry. The shared {@code institute} and {@value #INSTITUTE_SUPERVISORS} groups remain for
 * projects stored before a reviewing institute was named, whose tasks any institute may take.
 */
public final class IdentityGroups {

    public static final String ORGANIZATION_TYPE = "organization";
    public static final String ROLE_TYPE = "role";
    /** Camunda's own administrators' group. */
    public static final String ADMIN_GROUP = "camunda-admin";
    public static final String INSTITUTE_SUPERVISORS = "institute-supervisor";
    public static final String MINISTRY_SUPERVISORS = "ministry-supervisor";
    /** An institute's supervisors' group is the institute's organization id with this suffix. */
    public static final String SUPERVISORS_SUFFIX = "-supervisor";
    /** An institute's directorate's group is the institute's organization id with this suffix. */
    public static final String DIRECTORATE_SUFFIX = "-directorate";

    private static final Map<String, Role> ROLE_BY_GROUP = Map.of(
            "school", Role.SCHOOL,
            "institute", Role.INSTITUTE,
            "ministry", Role.MINISTRY,
            "auditor", Role.AUDITOR,
            ADMIN_GROUP, Role.ADMIN);

    /** A supervisor reviews in the role of the level they supervise. */
    private static final Map<String, Role> SUPERVISED_ROLE = Map.of(
            INSTITUTE_SUPERVISORS, Role.INSTITUTE,
            MINISTRY_SUPERVISORS, Role.MINISTRY);

    private IdentityGroups() {
    }

    /** The role a member of {@code groupId} acts in, for role and supervisor groups. */
    public static Optional<Role> roleOf(String groupId) {
        return Optional.ofNullable(ROLE_BY_GROUP.getOrDefault(groupId, SUPERVISED_ROLE.get(groupId)));
    }

    /** The role group; {@link Role#SYSTEM} has none. */
    public static Optional<String> groupOf(Role role) {
        return ROLE_BY_GROUP.entrySet().stream()
                .filter(entry -> entry.getValue() == role)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public static String reviewersOf(ReviewLevel level) {
        return groupOf(level == ReviewLevel.INSTITUTE ? Role.INSTITUTE : Role.MINISTRY).orElseThrow();
    }

    public static String supervisorsOf(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? INSTITUTE_SUPERVISORS : MINISTRY_SUPERVISORS;
    }

    /** The group of an institute's experts: the institute's organization group. */
    public static String instituteReviewers(String instituteId) {
        return instituteId;
    }

    /** The group of an institute's supervisors, who take its overdue reviews. */
    public static String instituteSupervisors(String instituteId) {
        return instituteId + SUPERVISORS_SUFFIX;
    }

    /**
     * The supervisors of a body the routing table names ({@code minobr-kuzbass}, {@code uo-mariinsk} …),
     * who take its overdue tasks; an institute's directorate is supervised by the institute's supervisors.
     */
    public static String supervisorsOfBody(String groupId) {
        return bodyOf(groupId) + SUPERVISORS_SUFFIX;
    }

    /** The organization whose users a group the routing table names consists of: an institute's directorate is the institute's. */
    public static String bodyOf(String groupId) {
        return groupId.endsWith(DIRECTORATE_SUFFIX)
                ? groupId.substring(0, groupId.length() - DIRECTORATE_SUFFIX.length()) : groupId;
    }

    /** The group of an institute's directorate (ректорат), which decides on the institute's support sites by its order. */
    public static String instituteDirectorate(String instituteId) {
        return instituteId + DIRECTORATE_SUFFIX;
    }
}
