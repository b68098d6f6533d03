package ru.edu.innovation.api.status;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Досрочное прекращение статуса by an order of the ministry. */
public record StatusRevocation(@NotBlank String orderNumber, @NotNull LocalDate orderDate, @NotBlank String reason) {
}
