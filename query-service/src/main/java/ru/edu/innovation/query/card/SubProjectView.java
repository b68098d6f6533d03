package ru.edu.innovation.query.card;

import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.network.SubProject;

import java.util.ArrayList;
import java.util.List;

/**
 * A participant's sub-project of the network project with the ids of its own plan entries, in the
 * order planned; the entries themselves are the card's activities.
 */
public record SubProjectView(String subProjectId, SubProject subProject, Organization organization,
                             List<String> activityIds) {

    public SubProjectView {
        activityIds = activityIds == null ? new ArrayList<>() : new ArrayList<>(activityIds);
    }
}
