package ru.edu.innovation.api.status;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.StatusLevel;

import java.time.LocalDate;

/** The ministry's order that assigns a status, e.g. «Приказ от 30.09.2022 №2469». */
public record StatusOrder(
        @NotNull StatusLevel level,
        @NotBlank @Size(max = 100) String orderNumber,
        @NotNull LocalDate orderDate,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo) {

    @JsonIgnore
    @AssertTrue(message = "срок действия статуса должен начинаться не позже, чем заканчивается")
    public boolean isValidityOrdered() {
        return validFrom == null || validTo == null || !validFrom.isAfter(validTo);
    }
}
