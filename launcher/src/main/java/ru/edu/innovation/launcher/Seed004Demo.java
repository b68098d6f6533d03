package ru.edu.innovation.launcher;

import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.network.RegisterSubProjectCommand;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.participation.RecordTeamMemberCommand;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.RecordProductCommand;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.RecordResourceCommand;
import ru.edu.innovation.seeds.Seed004NetworkProject;
import ru.edu.innovation.seeds.SeedProjects;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of seed 004 the demo's Yaya project lacks: the participants' sub-projects, the rest of the
 * roadmap, the planned results in figures, the key problem's OGE table of 2022, the monitoring methods,
 * the products of tasks 2 and 3, the fourth member of the
 * team and the schools' resources. Seed 004 gives no plan entry of a sub-project, so each shows its
 * school and title only.
 */
final class Seed004Demo {

    private Seed004Demo() {
    }

    /** Sends the commands for {@code project}, each through {@code asCoordinator} (the IMC's coordinator). */
    static void addTo(String project, Consumer<Object> asCoordinator) {
        List<SubProject> subProjects = Seed004NetworkProject.subProjects();
        for (SubProject subProject : subProjects) {
            asCoordinator.accept(new RegisterSubProjectCommand(project, "sub-project-" + subProject.organizationId(),
                    subProject));
        }
        // The demo plans these six with the seeds' earlier wording; the rest of the roadmap comes here.
        Set<String> planned = Stream.of(SeedProjects.resourceMapActivity(), SeedProjects.networkModelActivity(),
                        SeedProjects.conferenceActivity(), SeedProjects.methodicalDayActivity(),
                        SeedProjects.efficiencyIndicatorsActivity(), SeedProjects.miroTrainingActivity())
                .map(ActivityPlan::title).collect(Collectors.toSet());
        List<ActivityPlan> roadmap = Seed004NetworkProject.roadmap();
        for (int i = 0; i < roadmap.size(); i++) {
            if (!planned.contains(roadmap.get(i).title())) {
                asCoordinator.accept(new PlanActivityCommand(project, "roadmap-" + (i + 1), roadmap.get(i)));
            }
        }
        List<IndicatorDefinition> indicators = Seed004NetworkProject.indicators();
        for (int i = 3; i < indicators.size(); i++) {
            asCoordinator.accept(new DefineIndicatorCommand(project, "planned-result-" + (i - 2), indicators.get(i)));
        }
        List<IndicatorDefinition> keyProblem = Seed004NetworkProject.keyProblem();
        for (int i = 0; i < keyProblem.size(); i++) {
            asCoordinator.accept(new DefineIndicatorCommand(project, "oge-2022-" + (i + 1), keyProblem.get(i)));
        }
        List<IndicatorDefinition> monitoring = Seed004NetworkProject.monitoringMethods();
        for (int i = 0; i < monitoring.size(); i++) {
            asCoordinator.accept(new DefineIndicatorCommand(project, "monitoring-method-" + (i + 1), monitoring.get(i)));
        }
        List<Product> products = Seed004NetworkProject.products();
        for (int i = 3; i < products.size(); i++) {
            asCoordinator.accept(new RecordProductCommand(project, "planned-product-" + (i + 1), products.get(i)));
        }
        List<TeamMemberProfile> team = Seed004NetworkProject.team();
        asCoordinator.accept(new RecordTeamMemberCommand(project, "team-4", team.get(team.size() - 1)));
        List<ProjectResource> resources = Seed004NetworkProject.resources();
        for (int i = 0; i < resources.size(); i++) {
            asCoordinator.accept(new RecordResourceCommand(project, "schools-" + (i + 1), resources.get(i)));
        }
    }
}
