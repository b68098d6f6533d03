package ru.edu.innovation.command.project.infrastructure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.report.DetachReportFileCommand;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandValidationTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final MetaData FROM_THE_WEB = MetaData.with(CommandValidation.BODY_VALIDATED, true);

    private final CommandValidation validation = new CommandValidation(VALIDATION);

    /** A held event with neither a day nor a month and a blank title: two broken rules inside the body. */
    private final HeldEvent brokenBody = new HeldEvent(null, " ", EventLevel.MUNICIPAL, "очно",
            new ParticipantCounts(1, 2, 0, 0), "итоги", null);
    private final HeldEvent goodBody = new HeldEvent(LocalDate.of(2023, 3, 17), "Семинар", EventLevel.MUNICIPAL,
            "очно", new ParticipantCounts(1, 2, 0, 0), "итоги", null);

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    @DisplayName("a command a process task sends is checked through its body, every broken rule named by its path")
    void taskCommandCheckedThroughItsBody() {
        assertThatThrownBy(() -> send(new RecordHeldEventCommand("p", "e", brokenBody), MetaData.emptyInstance()))
                .isInstanceOfSatisfying(JSR303ViolationException.class, refused ->
                        assertThat(refused.getViolations()).extracting(violation -> violation.getPropertyPath().toString())
                                .containsExactlyInAnyOrder("event.title", "event.datedOnce"));
    }

    @Test
    @DisplayName("a command built around a body the web layer validated is not walked through that body again")
    void webBodyNotCheckedAgain() {
        RecordHeldEventCommand command = new RecordHeldEventCommand("p", "e", brokenBody);

        assertThat(send(command, FROM_THE_WEB).getPayload()).isSameAs(command);
    }

    @Test
    @DisplayName("a command from the web still has its own properties checked: the body is there, the path's ids fit")
    void webCommandOwnPropertiesChecked() {
        assertThatThrownBy(() -> send(new RecordHeldEventCommand("p", "e", null), FROM_THE_WEB))
                .isInstanceOfSatisfying(JSR303ViolationException.class, refused ->
                        assertThat(refused.getViolations()).extracting(violation -> violation.getPropertyPath().toString())
                                .containsExactly("event"));
        assertThatThrownBy(() -> send(new DetachReportFileCommand("p", "r", "x".repeat(101)), FROM_THE_WEB))
                .isInstanceOfSatisfying(JSR303ViolationException.class, refused ->
                        assertThat(refused.getViolations()).extracting(ConstraintViolation::getInvalidValue)
                                .containsExactly("x".repeat(101)));
    }

    @Test
    @DisplayName("a valid command passes unchanged whoever sends it")
    void validCommandPasses() {
        RecordHeldEventCommand command = new RecordHeldEventCommand("p", "e", goodBody);

        assertThat(send(command, MetaData.emptyInstance()).getPayload()).isSameAs(command);
        assertThat(send(command, FROM_THE_WEB).getPayload()).isSameAs(command);
    }

    private CommandMessage<?> send(Object command, MetaData metaData) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).withMetaData(metaData);
        return validation.handle(message);
    }
}
