package ru.edu.innovation.api.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordTeamMemberCommand(@TargetAggregateIdentifier String projectId, String memberId,
                                      @NotNull @Valid TeamMemberProfile member) {
}
