package ru.edu.innovation.query.network;

import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.SubProjectView;
import ru.edu.innovation.query.plan.CalendarPlan;
import ru.edu.innovation.query.plan.PlannedActivity;

import java.time.LocalDate;
import java.util.List;

/**
 * The sub-projects of a network project (seed 004, «Участники проекта»), each with the participant
 * that runs it and its own plan entries as of {@code asOf}, in calendar order.
 */
public record NetworkSubProjects(String projectId, long version, LocalDate asOf, List<Entry> subProjects) {

    public record Entry(String subProjectId, String title, Organization organization, Person leader, Period period,
                        List<PlannedActivity> activities) {
    }

    public static NetworkSubProjects of(ProjectCard card, LocalDate asOf) {
        return new NetworkSubProjects(card.projectId(), card.version(), asOf, card.subProjects().values().stream()
                .map(subProject -> entry(card, subProject, asOf)).toList());
    }

    private static Entry entry(ProjectCard card, SubProjectView view, LocalDate asOf) {
        return new Entry(view.subProjectId(), view.subProject().title(), view.organization(),
                view.subProject().leader(), view.subProject().period(),
                CalendarPlan.of(card, asOf, view.subProjectId()).activities());
    }
}
