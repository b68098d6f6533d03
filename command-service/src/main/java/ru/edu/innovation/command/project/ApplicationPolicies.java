package ru.edu.innovation.command.project;

import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.command.kernel.Refusals;
import ru.edu.innovation.command.kernel.Signatories;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The rules an application's details must keep, each named. */
final class ApplicationPolicies {

    private ApplicationPolicies() {
    }

    /** Stages lie inside the project's period, in order and without overlap; no participant twice. */
    static void requireConsistentPlan(ProjectDetails details) {
        Period previous = null;
        for (StagePlan stage : details.stages()) {
            // A draft may name its stages before its period; submission asks for the period.
            if (details.period() != null && !details.period().contains(stage.period())) {
                throw Refusals.violation("INVALID_STAGES", "Этап «" + stage.name() + "» выходит за период реализации проекта");
            }
            if (previous != null && !stage.period().from().isAfter(previous.to())) {
                throw Refusals.violation("INVALID_STAGES", "Этапы должны идти по порядку и не пересекаться: «"
                        + stage.name() + "» начинается до окончания предыдущего");
            }
            previous = stage.period();
        }
        Set<String> participants = new HashSet<>();
        details.participants().forEach(participant -> {
            if (!participants.add(participant.organization().id())) {
                throw Refusals.violation("DUPLICATE_PARTICIPANT",
                        "Организация «" + participant.organization().fullName() + "» указана среди участников дважды");
            }
        });
    }

    /** The leader and deputy bound by login must log in for the lead organization, or nobody could sign. */
    static void requireSignatoriesOfTheSchool(ProjectDetails details, OrganizationMembers members) {
        for (Person person : Arrays.asList(details.leader(), details.deputy())) {
            String login = loginOf(person);
            if (login != null && !members.belongsTo(login, details.leadOrganization().id())) {
                throw Refusals.violation("SIGNATORY_NOT_IN_ORGANIZATION", "«" + person.fullName() + "» с логином «"
                        + login + "» не найден среди пользователей ведущей организации: подписывать заявку и отчёты"
                        + " может только её пользователь");
            }
        }
    }

    /**
     * A federal site is recorded, not routed: its procedure runs in the federal system. Any other site
     * needs bodies configured for its level, region and territory.
     */
    static ReviewRoutes.Route requireRoute(ProjectDetails details, ReviewRoutes routes) {
        if (details.levelAppliedFor() == StatusLevel.FEDERAL) {
            throw Refusals.violation("FEDERAL_NOT_ROUTED", "Статус федеральной инновационной площадки присваивается "
                    + "в федеральной процедуре: заявку на него здесь не подают, площадка только учитывается");
        }
        return routes.application(details.levelAppliedFor(), details.leadOrganization().id())
                .orElseThrow(() -> Refusals.violation("NO_REVIEW_ROUTE", "Для площадки этого уровня в регионе и "
                        + "территории ведущей организации не указано, кто проводит экспертизу и кто принимает решение: "
                        + "обратитесь к администратору"));
    }

    /** The school names an institute of its own region. */
    static void requireInstituteOfTheRegion(String institute, ReviewRoutes.Route route, ReviewRoutes routes) {
        if (!routes.regionOf(institute).map(route.region()::equals).orElse(false)) {
            throw Refusals.violation("INSTITUTE_OF_ANOTHER_REGION",
                    "Институт «" + institute + "» не относится к региону ведущей организации: выберите институт своего региона");
        }
    }

    /** The act by which the deciding body of a level assigns the status. */
    static DecidingAct decidingAct(StatusLevel level) {
        return switch (level) {
            case REGIONAL, FEDERAL -> DecidingAct.MINISTRY_ORDER;
            case INSTITUTE_SUPPORT_SITE -> DecidingAct.INSTITUTE_ORDER;
            case MUNICIPAL -> DecidingAct.MUNICIPAL_DIRECTIVE;
        };
    }

    /** Everything a review needs, named all at once when something is missing. */
    static void requireComplete(ProjectDetails details) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (details.goal() == null || details.goal().isBlank()) {
            missing.put("goal", "цель проекта");
        }
        if (details.tasks().isEmpty()) {
            missing.put("tasks", "задачи проекта");
        }
        if (details.period() == null) {
            missing.put("period", "период реализации проекта");
        }
        if (details.stages().isEmpty()) {
            missing.put("stages", "этапы проекта");
        }
        if (details.leader() == null) {
            missing.put("leader", "руководитель проекта (с логином в системе)");
        } else if (loginOf(details.leader()) == null) {
            missing.put("leader.login", "логин руководителя проекта в системе");
        }
        if (details.deputy() != null && loginOf(details.deputy()) == null) {
            missing.put("deputy.login", "логин заместителя руководителя в системе");
        }
        if (!missing.isEmpty()) {
            throw new ApplicationIncompleteException(missing);
        }
    }

    static Signatories signatoriesOf(ProjectDetails details) {
        return new Signatories(loginOf(details.leader()), loginOf(details.deputy()));
    }

    private static String loginOf(Person person) {
        return person == null || person.login() == null || person.login().isBlank() ? null : person.login();
    }
}
