package ru.edu.innovation.launcher;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.product.RecordProductCommand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Seed000DemoTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private List<Object> entered() {
        List<Object> sent = new ArrayList<>();
        new Seed000Demo(sent::add).enter(DemoData.YAYA_PROJECT);
        return sent;
    }

    @Test
    @DisplayName("every command of seed 000's rows is valid as the API takes it and names the Yaya demo project")
    void commandsAreValid() {
        for (Object command : entered()) {
            assertThat(validator.validate(command)).as("%s", command).isEmpty();
            assertThat(command.toString()).contains("projectId=" + DemoData.YAYA_PROJECT);
        }
    }

    @Test
    @DisplayName("the district events count 85 teachers and 116 students on seed 004's network events; the seminar is of the planned row")
    void heldEventsByCategory() {
        List<Object> sent = entered();
        List<RecordHeldEventCommand> held = sent.stream().filter(RecordHeldEventCommand.class::isInstance)
                .map(RecordHeldEventCommand.class::cast).toList();
        String planned = sent.stream().filter(PlanActivityCommand.class::isInstance).map(PlanActivityCommand.class::cast)
                .findFirst().orElseThrow().activityId();

        assertThat(held).extracting(command -> command.event().activityId())
                .containsExactly(planned, Seed000Demo.NETWORK_EVENTS, Seed000Demo.NETWORK_EVENTS);
        assertThat(held.subList(1, 3)).flatExtracting(command -> command.event().participants())
                .extracting(CategoryCount::count).containsExactly(85, 116);
    }

    @Test
    @DisplayName("the four shares of the monitoring with their values as written, and the three products of the appendices")
    void monitoringAndProducts() {
        List<Object> sent = entered();

        assertThat(sent.stream().filter(RecordIndicatorValueCommand.class::isInstance)
                .map(command -> ((RecordIndicatorValueCommand) command).value().value()).toList())
                .containsExactly(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("71"));
        assertThat(sent.stream().filter(RecordProductCommand.class::isInstance)
                .map(command -> ((RecordProductCommand) command).product().reference()).toList())
                .containsExactly("Приложение 3", "Приложение 4", "Приложение 5");
    }
}
