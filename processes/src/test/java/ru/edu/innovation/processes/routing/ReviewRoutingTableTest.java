package ru.edu.innovation.processes.routing;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.review.ReviewedItem;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing table {@code bpmn/review-routing.dmn} on Camunda's DMN engine alone: for every site level
 * and every item, who reviews, who decides by which act, and in what time, per region and territory.
 */
class ReviewRoutingTableTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ReviewRoutingTableTest.class.getResourceAsStream("/bpmn/review-routing.dmn")) {
            decision = dmn.parseDecision(RouteTable.DECISION_KEY, table);
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewedItem.class)
    @DisplayName("a regional site of Kuzbass: the institute the school chose reviews, the ministry of Kuzbass decides by order")
    void regionalSiteOfKuzbass(ReviewedItem item) {
        for (String territory : new String[] {"yaya", "mariinsk", null}) {
            DmnDecisionRuleResult route = route(item, StatusLevel.REGIONAL, "kuzbass", territory);
            assertThat(route.<String>getEntry("reviewerGroup")).isEqualTo("{institute}");
            assertThat(route.<String>getEntry("deciderGroup")).isEqualTo("minobr-kuzbass");
            assertThat(route.<String>getEntry("deciderOf")).isEqualTo("министерства образования Кузбасса");
            assertThat(route.<String>getEntry("decidingAct")).isEqualTo("MINISTRY_ORDER");
            assertThat(route.<String>getEntry("reviewTime")).isEqualTo("P10D");
            assertThat(route.<String>getEntry("decisionTime"))
                    .isEqualTo(item == ReviewedItem.STAGE_COMPLETION ? "P10D" : "P15D");
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewedItem.class)
    @DisplayName("a regional site of the Altai krai is decided by the Altai ministry, not Kuzbass's")
    void regionalSiteOfAltai(ReviewedItem item) {
        DmnDecisionRuleResult route = route(item, StatusLevel.REGIONAL, "altai", "barnaul");
        assertThat(route.<String>getEntry("reviewerGroup")).isEqualTo("{institute}");
        assertThat(route.<String>getEntry("deciderGroup")).isEqualTo("minobr-altai");
        assertThat(route.<String>getEntry("decidingAct")).isEqualTo("MINISTRY_ORDER");
    }

    @ParameterizedTest
    @EnumSource(ReviewedItem.class)
    @DisplayName("a support site: the institute's department reviews, the institute's directorate decides by the institute's order, no ministry")
    void supportSiteOfAnInstitute(ReviewedItem item) {
        for (String region : new String[] {"kuzbass", "altai"}) {
            DmnDecisionRuleResult route = route(item, StatusLevel.INSTITUTE_SUPPORT_SITE, region, "mariinsk");
            assertThat(route.<String>getEntry("reviewerGroup")).isEqualTo("{institute}");
            assertThat(route.<String>getEntry("deciderGroup")).isEqualTo("{institute}-directorate");
            assertThat(route.<String>getEntry("deciderOf")).isEqualTo("института");
            assertThat(route.<String>getEntry("decidingAct")).isEqualTo("INSTITUTE_ORDER");
            assertThat(route.<String>getEntry("reviewTime")).isEqualTo("P10D");
            assertThat(route.<String>getEntry("decisionTime")).isEqualTo("P10D");
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewedItem.class)
    @DisplayName("a municipal site: its territory's methodological service reviews, its education authority decides by распоряжение")
    void municipalSite(ReviewedItem item) {
        DmnDecisionRuleResult mariinsk = route(item, StatusLevel.MUNICIPAL, "kuzbass", "mariinsk");
        assertThat(mariinsk.<String>getEntry("reviewerGroup")).isEqualTo("imc-mariinsk");
        assertThat(mariinsk.<String>getEntry("deciderGroup")).isEqualTo("uo-mariinsk");
        assertThat(mariinsk.<String>getEntry("deciderOf")).isEqualTo("управления образования Мариинского округа");
        assertThat(mariinsk.<String>getEntry("decidingAct")).isEqualTo("MUNICIPAL_DIRECTIVE");
        assertThat(mariinsk.<String>getEntry("reviewTime")).isEqualTo("P10D");
        assertThat(mariinsk.<String>getEntry("decisionTime")).isEqualTo("P10D");

        assertThat(route(item, StatusLevel.MUNICIPAL, "kuzbass", "yaya").<String>getEntry("deciderGroup")).isEqualTo("uo-yaya");
        DmnDecisionRuleResult barnaul = route(item, StatusLevel.MUNICIPAL, "altai", "barnaul");
        assertThat(barnaul.<String>getEntry("reviewerGroup")).isEqualTo("imc-barnaul");
        assertThat(barnaul.<String>getEntry("deciderGroup")).isEqualTo("komitet-barnaul");
    }

    @ParameterizedTest
    @EnumSource(ReviewedItem.class)
    @DisplayName("a federal site is recorded, not routed: no row matches")
    void federalSiteIsNotRouted(ReviewedItem item) {
        assertThat(evaluate(item, StatusLevel.FEDERAL, "kuzbass", "mariinsk")).isEmpty();
        assertThat(evaluate(item, StatusLevel.FEDERAL, "altai", "barnaul")).isEmpty();
    }

    @Test
    @DisplayName("a region or territory without configured bodies has no route, rather than another region's")
    void unknownPlacesAreNotRouted() {
        assertThat(evaluate(ReviewedItem.APPLICATION, StatusLevel.REGIONAL, "tomsk", null)).isEmpty();
        assertThat(evaluate(ReviewedItem.APPLICATION, StatusLevel.MUNICIPAL, "kuzbass", "novokuznetsk")).isEmpty();
        assertThat(evaluate(ReviewedItem.REPORT, StatusLevel.MUNICIPAL, "altai", "mariinsk")).isEmpty();
        assertThat(evaluate(ReviewedItem.REPORT, StatusLevel.MUNICIPAL, "kuzbass", null)).isEmpty();
    }

    private static DmnDecisionRuleResult route(ReviewedItem item, StatusLevel level, String region, String territory) {
        DmnDecisionTableResult result = evaluate(item, level, region, territory);
        assertThat(result).as("one route for %s %s %s %s", item, level, region, territory).hasSize(1);
        return result.getSingleResult();
    }

    private static DmnDecisionTableResult evaluate(ReviewedItem item, StatusLevel level, String region, String territory) {
        Map<String, Object> inputs = new HashMap<>(RouteTable.inputs(item, level, region, territory));
        return dmn.evaluateDecisionTable(decision, inputs);
    }
}
