package ru.edu.innovation.platform.integrity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportSections;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;

class ReportContentDigestTest {

    private static final String BASE = "1f".repeat(32);

    @Test
    @DisplayName("the same sections on the same event give the same digest, a SHA-256 in hex")
    void deterministic() {
        String digest = ReportContentDigest.of(interimReportSections(), BASE);

        assertThat(digest).matches("[0-9a-f]{64}").isEqualTo(ReportContentDigest.of(interimReportSections(), BASE));
    }

    @Test
    @DisplayName("the canonical form sorts the keys at every level")
    void sortedKeys() {
        String canonical = ReportContentDigest.canonical(interimReportSections());

        assertThat(canonical).startsWith("{\"activities\":[{\"actuallyDone\":");
        assertThat(canonical.indexOf("\"addressAndContacts\"")).isLessThan(canonical.indexOf("\"analyticalNote\""));
        assertThat(canonical.indexOf("\"leader\":{\"fullName\"")).isPositive();
    }

    @Test
    @DisplayName("a changed activity row or another base event changes the digest")
    void bindsSectionsAndBase() {
        ReportSections sections = interimReportSections();
        List<ReportActivityRow> rows = new ArrayList<>(sections.activities());
        ReportActivityRow first = rows.get(0);
        rows.set(0, new ReportActivityRow(first.plannedActivity(), first.actuallyDone() + ".", first.results()));
        ReportSections changed = new ReportSections(sections.organizations(), sections.addressAndContacts(),
                sections.leader(), sections.theme(), sections.goal(), sections.stages(), rows, sections.analyticalNote());

        String digest = ReportContentDigest.of(sections, BASE);

        assertThat(ReportContentDigest.of(changed, BASE)).isNotEqualTo(digest);
        assertThat(ReportContentDigest.of(sections, "2f".repeat(32))).isNotEqualTo(digest);
    }

    @Test
    @DisplayName("a version without its base event has no digest")
    void needsBase() {
        assertThatThrownBy(() -> ReportContentDigest.of(interimReportSections(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
