package ru.edu.innovation.api.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A participant of a network project (сетевой проект) with its own sub-project. */
public record ParticipantOrganization(@NotNull @Valid Organization organization, String subProjectTitle) {
}
