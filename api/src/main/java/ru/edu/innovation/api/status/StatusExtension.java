package ru.edu.innovation.api.status;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Продление статуса: a new order that moves the end of the status' validity. */
public record StatusExtension(@NotBlank @Size(max = 100) String orderNumber, @NotNull LocalDate orderDate, @NotNull LocalDate validTo) {
}
