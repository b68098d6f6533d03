package ru.edu.innovation.api.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant of a network project (сетевой проект) with its own sub-project. */
public record ParticipantOrganization(@NotNull @Valid Organization organization, @Size(max = 1000) String subProjectTitle) {
}
