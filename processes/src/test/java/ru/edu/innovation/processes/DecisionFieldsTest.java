package ru.edu.innovation.processes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.processes.task.DecisionFields;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionFieldsTest {

    private final DecisionFields fields = new DecisionFields();

    @Test
    @DisplayName("the institute's review form lets the reviewer set the decision and conclusion and only shows the project")
    void instituteReviewForm() {
        DecisionFields.Form form = fields.of("review-application-institute").orElseThrow();

        assertThat(form.decisions()).containsExactlyInAnyOrder("instituteDecision", "instituteConclusion");
        assertThat(form.shown()).contains("organizationName", "projectTheme", "pastDecisions")
                .doesNotContain("projectId", "organizationId");
    }

    @Test
    @DisplayName("the ministry's decision carries the order's fields; a form the product does not have is unknown")
    void ministryDecisionForm() {
        assertThat(fields.of("decide-application-ministry").orElseThrow().decisions()).containsExactlyInAnyOrder(
                "ministryDecision", "ministryConclusion", "orderNumber", "orderDate", "validFrom", "validTo");
        assertThat(fields.of("sign-report").orElseThrow().decisions()).containsExactly("signatureConfirmed");
        assertThat(fields.of("no-such-form")).isEmpty();
    }
}
