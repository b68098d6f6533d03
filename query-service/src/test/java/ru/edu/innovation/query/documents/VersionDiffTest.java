package ru.edu.innovation.query.documents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportSections;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;

class VersionDiffTest {

    private static final ReportSections V1 = interimReportSections();

    @Test
    @DisplayName("the same sections differ in nothing")
    void unchanged() {
        VersionDiff diff = VersionDiff.between(1, V1, 2, V1);

        assertThat(diff.sections()).isEmpty();
        assertThat(diff.activities()).isEmpty();
    }

    @Test
    @DisplayName("a changed note and goal are named with their content before and after")
    void changedSections() {
        ReportSections v2 = with(V1.activities(), V1.goal() + " в округе", V1.analyticalNote() + " Дополнено.");

        VersionDiff diff = VersionDiff.between(1, V1, 2, v2);

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.sections()).extracting(VersionDiff.SectionChange::section, VersionDiff.SectionChange::change)
                .containsExactly(tuple("goal", VersionDiff.Change.CHANGED), tuple("analyticalNote", VersionDiff.Change.CHANGED));
        assertThat(diff.sections().get(1).before()).isEqualTo(V1.analyticalNote());
        assertThat(diff.sections().get(1).after()).isEqualTo(V1.analyticalNote() + " Дополнено.");
        assertThat(diff.activities()).isEmpty();
    }

    @Test
    @DisplayName("activity rows added, removed and changed, matched by their planned activity, not their place")
    void activityRows() {
        List<ReportActivityRow> rows = new ArrayList<>(V1.activities());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        ReportActivityRow removed = rows.remove(0);
        ReportActivityRow kept = rows.get(0);
        ReportActivityRow changed = new ReportActivityRow(kept.plannedActivity(), kept.actuallyDone() + " и семинар",
                kept.results());
        rows.set(0, changed);
        ReportActivityRow added = new ReportActivityRow("Методический день", "Проведён 12.04.2023", "Сборник");
        rows.add(added);

        VersionDiff diff = VersionDiff.between(1, V1, 2, with(rows, V1.goal(), V1.analyticalNote()));

        assertThat(diff.sections()).extracting(VersionDiff.SectionChange::section).containsExactly("activities");
        assertThat(diff.activities()).extracting(VersionDiff.RowChange::change, VersionDiff.RowChange::beforePosition,
                        VersionDiff.RowChange::afterPosition, VersionDiff.RowChange::before, VersionDiff.RowChange::after)
                .containsExactly(
                        tuple(VersionDiff.Change.CHANGED, 2, 1, kept, changed),
                        tuple(VersionDiff.Change.ADDED, null, rows.size(), null, added),
                        tuple(VersionDiff.Change.REMOVED, 1, null, removed, null));
    }

    @Test
    @DisplayName("stages given where there were none are added")
    void addedSection() {
        ReportSections noStages = new ReportSections(V1.organizations(), V1.addressAndContacts(), V1.leader(),
                V1.theme(), V1.goal(), List.of(), V1.activities(), V1.analyticalNote());

        VersionDiff diff = VersionDiff.between(1, noStages, 2, V1);

        assertThat(diff.sections()).singleElement().satisfies(change -> {
            assertThat(change.section()).isEqualTo("stages");
            assertThat(change.change()).isEqualTo(VersionDiff.Change.ADDED);
            assertThat(change.after()).isEqualTo(V1.stages());
        });
    }

    private static ReportSections with(List<ReportActivityRow> activities, String goal, String note) {
        return new ReportSections(V1.organizations(), V1.addressAndContacts(), V1.leader(), V1.theme(), goal,
                V1.stages(), activities, note);
    }
}
