package ru.edu.innovation.query.web;

import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL conditions limiting a view to some lead organizations (a reader's school, region or
 * territory), and to a school's network projects: the card's column {@value #PARTICIPANTS} holds
 * the organizations taking part in the project, each between spaces.
 */
public final class OrganizationsIn {

    /** The column of project_card with the organizations taking part in a network project. */
    public static final String PARTICIPANTS = "participant_organizations";

    private OrganizationsIn() {
    }

    /** {@code column IN (?, …)} with one placeholder per organization; none matches nothing. */
    public static String sql(String column, Collection<String> organizations) {
        return organizations.isEmpty() ? "1 = 0"
                : column + " IN (" + String.join(", ", Collections.nCopies(organizations.size(), "?")) + ")";
    }

    /** The ids of a network's participant organizations, but one that would break the column's spacing. */
    public static Set<String> participantIds(List<ParticipantOrganization> participants) {
        return participants.stream().map(ParticipantOrganization::organization).filter(Objects::nonNull)
                .map(Organization::id).filter(id -> id != null && !id.isBlank() && !id.contains(" "))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The value of {@value #PARTICIPANTS} for these participants: " a b ". */
    public static String participantsColumn(List<ParticipantOrganization> participants) {
        Set<String> ids = participantIds(participants);
        return ids.isEmpty() ? "" : " " + String.join(" ", ids) + " ";
    }

    /** The organizations a value of {@value #PARTICIPANTS} names. */
    public static Set<String> participantsOf(String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.strip().split(" ")).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The projects led by one of {@code leads}, or, with {@code participant}, with that organization
     * among the network's participants; the placeholders' values are added to {@code args}.
     */
    public static String readable(Collection<String> leads, String participant, List<Object> args) {
        args.addAll(leads);
        if (participant == null) {
            return sql("lead_organization_id", leads);
        }
        args.add("% " + participant.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %");
        return "(" + sql("lead_organization_id", leads) + " OR " + PARTICIPANTS + " LIKE ?)";
    }
}
