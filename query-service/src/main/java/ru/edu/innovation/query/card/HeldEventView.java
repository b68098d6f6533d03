package ru.edu.innovation.query.card;

import ru.edu.innovation.api.plan.HeldEvent;

import java.time.Instant;

public record HeldEventView(String heldEventId, HeldEvent event, Instant recordedAt) {
}
