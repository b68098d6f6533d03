package ru.edu.innovation.query.participation;

import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.query.card.ProjectCard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Who takes part in the running project: the participants by category of each period, the
 * participant organizations with their role, count and composition, and the team; each list
 * only with what meets {@code from} – {@code to} (either end open; a team member without a
 * period belongs to the whole project).
 */
public record ProjectParticipants(String projectId, long version, List<Counts> counts,
                                  List<Organizations> organizations, List<Member> team) {

    /** The participants by category of one period, with the category's name as reports print it. */
    public record Counts(String countsId, Period period, String periodLabel, List<Category> categories, int total,
                         String comment) {
    }

    public record Category(ParticipantCategory category, String name, int count) {
    }

    public record Organizations(String participationId, String organizations, String role, Integer count,
                                String composition, Period period, String periodLabel) {
    }

    public record Member(String memberId, String fullName, String position, String organization, String role,
                         String functions, String qualificationCategory, String experience, Period period) {
    }

    public static ProjectParticipants of(ProjectCard card, LocalDate from, LocalDate to) {
        PeriodFilter wanted = new PeriodFilter(from, to);
        List<Counts> counts = card.participantCounts().entrySet().stream()
                .filter(entry -> wanted.meets(entry.getValue().period()))
                .map(entry -> new Counts(entry.getKey(), entry.getValue().period(), entry.getValue().period().label(),
                        entry.getValue().counts().stream().map(ProjectParticipants::category).toList(),
                        entry.getValue().counts().stream().mapToInt(CategoryCount::count).sum(),
                        entry.getValue().comment()))
                .sorted(Comparator.comparing((Counts each) -> each.period().from()).thenComparing(Counts::countsId))
                .toList();
        List<Organizations> organizations = card.participantOrganizations().entrySet().stream()
                .filter(entry -> wanted.meets(entry.getValue().period()))
                .map(entry -> organizations(entry.getKey(), entry.getValue()))
                .toList();
        List<Member> team = card.team().entrySet().stream()
                .filter(entry -> entry.getValue().period() == null || wanted.meets(entry.getValue().period()))
                .map(entry -> member(entry.getKey(), entry.getValue()))
                .toList();
        return new ProjectParticipants(card.projectId(), card.version(), counts, organizations, team);
    }

    /** The name of a category as the forms print it: «другие» by the name the school gave them. */
    public static String nameOf(CategoryCount count) {
        if (count.category() == ParticipantCategory.OTHER && count.name() != null && !count.name().isBlank()) {
            return count.name();
        }
        return switch (count.category()) {
            case TEACHERS -> "педагоги";
            case STUDENTS -> "обучающиеся";
            case PARENTS -> "родители";
            case PSYCHOLOGISTS -> "педагоги-психологи";
            case HEADS -> "руководители";
            case METHODISTS -> "методисты";
            case OTHER -> "другие";
        };
    }

    public static Category category(CategoryCount count) {
        return new Category(count.category(), nameOf(count), count.count());
    }

    private static Organizations organizations(String id, OrganizationParticipation participation) {
        return new Organizations(id, participation.organizations(), participation.role(), participation.count(),
                participation.composition(), participation.period(), participation.period().label());
    }

    private static Member member(String id, TeamMemberProfile member) {
        return new Member(id, member.fullName(), member.position(), member.organization(), member.role(),
                member.functions(), member.qualificationCategory(), member.experience(), member.period());
    }
}
