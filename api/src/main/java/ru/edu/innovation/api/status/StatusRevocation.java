package ru.edu.innovation.api.status;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Досрочное прекращение статуса by an order of the ministry. */
public record StatusRevocation(@NotBlank @Size(max = 100) String orderNumber, @NotNull LocalDate orderDate, @NotBlank @Size(max = 4000) String reason) {
}
