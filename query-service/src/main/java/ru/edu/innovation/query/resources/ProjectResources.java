package ru.edu.innovation.query.resources;

import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.query.card.ProjectCard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The resources of the running project grouped by kind in the order the forms list them, as
 * recorded within a kind; filtered by kind and by the period they meet (a resource without a
 * period serves the whole project).
 */
public record ProjectResources(String projectId, long version, List<Resource> resources) {

    public record Resource(String resourceId, ResourceKind kind, String kindName, String title, String description,
                           Period period) {
    }

    public static ProjectResources of(ProjectCard card, ResourceKind kind, LocalDate from, LocalDate to) {
        List<Resource> resources = card.resources().entrySet().stream()
                .filter(entry -> kind == null || entry.getValue().kind() == kind)
                .filter(entry -> entry.getValue().period() == null
                        || new PeriodFilter(from, to).meets(entry.getValue().period()))
                .map(entry -> resource(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Resource::kind))
                .toList();
        return new ProjectResources(card.projectId(), card.version(), resources);
    }

    public static String nameOf(ResourceKind kind) {
        return switch (kind) {
            case STAFF -> "Кадровые ресурсы";
            case MATERIAL_TECHNICAL -> "Материально-технические ресурсы";
            case INFORMATIONAL -> "Информационные ресурсы";
            case FINANCIAL -> "Финансовые ресурсы";
            case METHODICAL -> "Научно-методические ресурсы";
            case ORGANIZATIONAL -> "Организационные ресурсы";
            case OTHER -> "Иные ресурсы";
        };
    }

    private static Resource resource(String id, ProjectResource resource) {
        return new Resource(id, resource.kind(), nameOf(resource.kind()), resource.title(), resource.description(),
                resource.period());
    }
}
