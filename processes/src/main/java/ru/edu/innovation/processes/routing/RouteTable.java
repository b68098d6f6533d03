package ru.edu.innovation.processes.routing;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.review.ReviewedItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decision table {@code bpmn/review-routing.dmn} (edited in Camunda Modeler, deployed with the
 * processes): from the item, the site's level, the region and the territory, who reviews and who decides.
 */
public final class RouteTable {

    public static final String DECISION_KEY = "reviewRouting";

    private RouteTable() {
    }

    /** The table's inputs; a project without a territory (none configured for its school) matches only rows for any territory. */
    public static Map<String, Object> inputs(ReviewedItem item, StatusLevel level, String region, String territory) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("reviewedItem", item.name());
        inputs.put("siteLevel", level.name());
        inputs.put("region", region);
        inputs.put("territory", territory);
        return inputs;
    }

    /** The latest deployed table's row for these inputs, or empty when none matches. */
    public static Optional<ReviewRoute> route(DecisionService decisions, ReviewedItem item, StatusLevel level,
                                              String region, String territory) {
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                inputs(item, level, region, territory));
        if (result.isEmpty()) {
            return Optional.empty();
        }
        DmnDecisionRuleResult row = result.getSingleResult();
        return Optional.of(new ReviewRoute(row.getEntry("reviewerGroup"), row.getEntry("deciderGroup"),
                row.getEntry("deciderOf"), DecidingAct.valueOf(row.getEntry("decidingAct")),
                Duration.parse(row.getEntry("reviewTime")), Duration.parse(row.getEntry("decisionTime"))));
    }
}
