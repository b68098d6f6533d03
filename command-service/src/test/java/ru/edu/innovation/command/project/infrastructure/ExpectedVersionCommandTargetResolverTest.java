package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.project.SignApplicationCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedVersionCommandTargetResolverTest {

    private final ExpectedVersionCommandTargetResolver resolver = new ExpectedVersionCommandTargetResolver();

    @Test
    @DisplayName("the target is the command's project and the version the one its metadata expects")
    void projectAndExpectedVersion() {
        VersionedAggregateIdentifier target = resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new SignApplicationCommand("p-1")).withMetaData(MetaData.with(MetaDataKeys.EXPECTED_VERSION, 7L)));

        assertThat(target.getIdentifierValue()).isEqualTo("p-1");
        assertThat(target.getVersion()).isEqualTo(7L);
    }

    @Test
    @DisplayName("a command sent without an expected version expects none, whatever its type was resolved before")
    void noExpectedVersion() {
        resolver.resolveTarget(GenericCommandMessage.asCommandMessage(new SignApplicationCommand("p-1")));

        VersionedAggregateIdentifier target = resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new RecordHeldEventCommand("p-2", "e-1", null)));

        assertThat(target.getIdentifierValue()).isEqualTo("p-2");
        assertThat(target.getVersion()).isNull();
    }

    @Test
    @DisplayName("a command naming no project is refused as Axon refuses it")
    void noProject() {
        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage(
                new SignApplicationCommand(null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not identify the target aggregate")
                .hasMessageContaining("SignApplicationCommand");
        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage("no annotation")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[String]");
    }
}
