package ru.edu.innovation.query.card;

import ru.edu.innovation.api.dissemination.Dissemination;

import java.time.Instant;

/** An entry of dissemination of experience with the moment it was recorded, which places an undated entry in time. */
public record DisseminationView(String disseminationId, Dissemination dissemination, Instant recordedAt) {
}
