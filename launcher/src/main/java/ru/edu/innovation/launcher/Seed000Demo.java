package ru.edu.innovation.launcher;

import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.api.participation.RecordOrganizationParticipationCommand;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.RecordProductCommand;
import ru.edu.innovation.seeds.Seed000InterimReport;
import ru.edu.innovation.seeds.Seed000InterimReport.MonitoredIndicator;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of seed 000 the Yaya demo project does not get from seed 004's roadmap: the projects'
 * presentation (row 2) and its seminar, the district events for teachers and for students with their
 * participants by category, the rally's participant organizations, the four shares of the interim
 * monitoring with their values, and the products the report names by appendix. Each command goes
 * through {@code school}, the methodist's way into the command bus.
 */
final class Seed000Demo {

    /** Seed 004's activity that seed 000's row 6 (the network events) is. */
    static final String NETWORK_EVENTS = "network-events";

    private final Consumer<Object> school;

    Seed000Demo(Consumer<Object> school) {
        this.school = school;
    }

    void enter(String project) {
        school.accept(new PlanActivityCommand(project, "projects-presentation",
                Seed000InterimReport.plannedActivities().get(Seed000InterimReport.PROJECTS_ROW)));
        school.accept(new RecordHeldEventCommand(project, "projects-presentation-seminar",
                Seed000InterimReport.projectsPresentationSeminar("projects-presentation")));
        school.accept(new RecordHeldEventCommand(project, "district-events-teachers",
                Seed000InterimReport.districtEventsForTeachers(NETWORK_EVENTS)));
        school.accept(new RecordHeldEventCommand(project, "district-events-students",
                Seed000InterimReport.districtEventsForStudents(NETWORK_EVENTS)));
        school.accept(new RecordOrganizationParticipationCommand(project, "rally-participants",
                Seed000InterimReport.rallyParticipants()));

        List<MonitoredIndicator> monitoring = Seed000InterimReport.monitoring();
        for (int i = 0; i < monitoring.size(); i++) {
            String indicator = "monitoring-" + (i + 1);
            school.accept(new DefineIndicatorCommand(project, indicator, monitoring.get(i).indicator()));
            school.accept(new RecordIndicatorValueCommand(project, indicator, monitoring.get(i).value()));
        }
        // The resource base, the first, is seed 004's product the demo already has.
        List<Product> products = Seed000InterimReport.products("resource-map");
        for (int i = 1; i < products.size(); i++) {
            school.accept(new RecordProductCommand(project, "report-appendix-product-" + i, products.get(i)));
        }
    }
}
