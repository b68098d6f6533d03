package ru.edu.innovation.query.indicators;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.seeds.SeedProjects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScoreBiology;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScoreChemistry;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;

/** Seed 004's OGE indicators: baseline, target and how far the recorded values have come. */
class IndicatorProgressTest {

    private static final Period SCHOOL_YEAR_2022_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31));
    private static final Period SCHOOL_YEAR_2023_2024 = new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31));

    @Test
    @DisplayName("OGE physics 14.8 → 17.8 with 16.1 recorded has reached 43.3 % of the target")
    void physicsShareOfTarget() {
        ProjectIndicators indicators = ProjectIndicators.of(ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics()))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-physics",
                        new IndicatorValue(SCHOOL_YEAR_2022_2023, new BigDecimal("16.1"), "ОГЭ 2023")))
                .card());

        IndicatorProgress physics = indicators.indicators().get(0);
        assertThat(physics.name()).isEqualTo("Средний балл ОГЭ по физике");
        assertThat(physics.unit()).isEqualTo("балл");
        assertThat(physics.baseline()).isEqualByComparingTo("14.8");
        assertThat(physics.target()).isEqualByComparingTo("17.8");
        assertThat(physics.collectionMethod()).startsWith("Сравнительный анализ результатов ОГЭ");
        assertThat(physics.schedule()).isEqualTo("Август 2023 г., август 2024 г.");
        assertThat(physics.responsible()).startsWith("Управление образования");
        assertThat(physics.latest().value()).isEqualByComparingTo("16.1");
        assertThat(physics.shareOfTarget()).isEqualTo(new BigDecimal("43.3"));
    }

    @Test
    @DisplayName("values are listed in period order and the latest is that of the last period, whatever the recording order")
    void periodOrder() {
        ProjectIndicators indicators = ProjectIndicators.of(ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "oge-chemistry", ogeAverageScoreChemistry()))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-chemistry",
                        new IndicatorValue(SCHOOL_YEAR_2023_2024, new BigDecimal("23.3"), "ОГЭ 2024")))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-chemistry",
                        new IndicatorValue(SCHOOL_YEAR_2022_2023, new BigDecimal("20.1"), "ОГЭ 2023")))
                .card());

        IndicatorProgress chemistry = indicators.indicators().get(0);
        assertThat(chemistry.values()).extracting(IndicatorValue::comment).containsExactly("ОГЭ 2023", "ОГЭ 2024");
        assertThat(chemistry.latest().comment()).isEqualTo("ОГЭ 2024");
        assertThat(chemistry.shareOfTarget()).isEqualByComparingTo("100.0");
    }

    @Test
    @DisplayName("without values there is neither a latest value nor a share")
    void noValues() {
        ProjectIndicators indicators = ProjectIndicators.of(ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "oge-biology", ogeAverageScoreBiology()))
                .card());

        IndicatorProgress biology = indicators.indicators().get(0);
        assertThat(biology.values()).isEmpty();
        assertThat(biology.latest()).isNull();
        assertThat(biology.shareOfTarget()).isNull();
    }

    @Test
    @DisplayName("indicators are listed by name, whatever order the stored card keeps them in")
    void byName() {
        ProjectIndicators indicators = ProjectIndicators.of(ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "1-physics", ogeAverageScorePhysics()))
                .then(new IndicatorDefinedEvent(PROJECT_ID, "2-chemistry", ogeAverageScoreChemistry()))
                .then(new IndicatorDefinedEvent(PROJECT_ID, "3-biology", ogeAverageScoreBiology()))
                .card());

        assertThat(indicators.indicators()).extracting(IndicatorProgress::name).containsExactly(
                "Средний балл ОГЭ по биологии", "Средний балл ОГЭ по физике", "Средний балл ОГЭ по химии");
    }

    @Test
    @DisplayName("a target equal to the baseline gives no share instead of dividing by zero")
    void targetEqualsBaseline() {
        assertThat(IndicatorProgress.shareOfTarget(new BigDecimal("100"), new BigDecimal("100.0"), new BigDecimal("100")))
                .isNull();
    }

    @Test
    @DisplayName("the share goes below zero under the baseline, above 100 beyond the target, and works for falling targets")
    void beyondTheRange() {
        assertThat(IndicatorProgress.shareOfTarget(new BigDecimal("14.8"), new BigDecimal("17.8"), new BigDecimal("14.2")))
                .isEqualByComparingTo("-20.0");
        assertThat(IndicatorProgress.shareOfTarget(new BigDecimal("21.9"), new BigDecimal("25.9"), new BigDecimal("26.9")))
                .isEqualByComparingTo("125.0");
        // e.g. the share of pupils failing the OGE, to be brought down from 12 % to 6 %
        assertThat(IndicatorProgress.shareOfTarget(new BigDecimal("12"), new BigDecimal("6"), new BigDecimal("9")))
                .isEqualByComparingTo("50.0");
    }

    @Test
    @DisplayName("numbers of extreme scales (1E-10000000, 1E+100000000) give a share at once, of a few digits")
    @Timeout(5)
    void extremeScales() {
        BigDecimal tiny = new BigDecimal("1E-10000000");
        BigDecimal huge = new BigDecimal("1E+100000000");

        BigDecimal towardsTinyTarget = IndicatorProgress.shareOfTarget(BigDecimal.TEN, tiny, new BigDecimal("5"));
        BigDecimal ofTinyDistance = IndicatorProgress.shareOfTarget(BigDecimal.ZERO, tiny, BigDecimal.ONE);
        BigDecimal ofHugeDistance = IndicatorProgress.shareOfTarget(BigDecimal.ZERO, huge, BigDecimal.ONE);
        BigDecimal tinyValue = IndicatorProgress.shareOfTarget(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("1E-100000000"));

        assertThat(towardsTinyTarget).isEqualByComparingTo("50.0");
        assertThat(ofTinyDistance).isEqualByComparingTo("1E+10000002");
        assertThat(ofTinyDistance.toString()).hasSizeLessThan(50);
        assertThat(ofHugeDistance).isEqualByComparingTo("0.0");
        assertThat(tinyValue).isEqualByComparingTo("0.0");
    }

    @Test
    @DisplayName("competency diagnostics 6.5 → 7.5 (seed 000's digital competency) with 6.9 recorded: 40.0 %")
    void competencyDiagnostics() {
        IndicatorDefinition digital = new IndicatorDefinition("Цифровая компетентность педагогов (диагностика ЦНППМ)",
                "балл", new BigDecimal("6.5"), new BigDecimal("7.5"), "Диагностика профессиональных компетенций",
                "декабрь", "ЦНППМ");
        ProjectIndicators indicators = ProjectIndicators.of(ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "digital", digital))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "digital",
                        new IndicatorValue(SCHOOL_YEAR_2023_2024, new BigDecimal("6.9"), null)))
                .card());

        assertThat(indicators.indicators().get(0).shareOfTarget()).isEqualByComparingTo("40.0");
    }

    @Test
    @DisplayName("seed 000's diagnostics by area: each component with its baseline, its values as written and their periods named as years")
    void indicatorOfComponents() {
        ProjectIndicators indicators = ProjectIndicators.of(diagnosticsWithTwoYears().card());

        IndicatorProgress diagnostics = indicators.indicators().get(0);
        assertThat(diagnostics.baseline()).isNull();
        assertThat(diagnostics.shareOfTarget()).isNull();
        assertThat(diagnostics.periodLabels()).containsExactly("2022–2023", "2023 год");
        assertThat(diagnostics.components()).extracting(ComponentProgress::name).containsExactly(
                "Предметная", "Методическая", "Психолого-педагогическая", "Коммуникативная", "Цифровая");
        ComponentProgress subject = diagnostics.components().get(0);
        assertThat(subject.baseline().toPlainString()).isEqualTo("7.75");
        assertThat(subject.values()).extracting(reading -> reading.value().toPlainString()).containsExactly("8", "8.50");
        assertThat(subject.latest().periodLabel()).isEqualTo("2023 год");
        assertThat(subject.shareOfTarget()).isNull();
        assertThat(diagnostics.components().get(4).baseline().toPlainString()).isEqualTo("6.5");
        assertThat(diagnostics.components().get(4).values()).isEmpty();
    }

    @Test
    @DisplayName("filtered by period, an indicator keeps only the values of the periods that meet it")
    void filteredByPeriod() {
        ProjectIndicators indicators = ProjectIndicators.of(diagnosticsWithTwoYears().card(),
                LocalDate.of(2023, 9, 1), null);

        IndicatorProgress diagnostics = indicators.indicators().get(0);
        assertThat(diagnostics.periodLabels()).containsExactly("2023 год");
        assertThat(diagnostics.components().get(0).values()).extracting(reading -> reading.value().toPlainString())
                .containsExactly("8.50");
    }

    /** The school year 2022–2023 clipped to the project (from 1 January 2023) and the calendar year 2023. */
    private static ProjectHistory diagnosticsWithTwoYears() {
        return ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "diagnostics", SeedProjects.competencyDiagnostics()))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "diagnostics", new IndicatorValue(
                        new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                        null, "Повторная диагностика", ValuePeriodKind.CALENDAR_YEAR,
                        List.of(new ComponentValue("Предметная", new BigDecimal("8.50")),
                                new ComponentValue("Методическая", new BigDecimal("7"))))))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "diagnostics", new IndicatorValue(
                        SCHOOL_YEAR_2022_2023, null, null, ValuePeriodKind.SCHOOL_YEAR,
                        List.of(new ComponentValue("Предметная", new BigDecimal("8"))))));
    }
}
