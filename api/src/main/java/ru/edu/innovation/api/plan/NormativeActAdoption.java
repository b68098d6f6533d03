package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The requisites a draft act gets when it is adopted: its date and, where it has one, its number. */
public record NormativeActAdoption(@Size(max = 100) String number, @NotNull LocalDate date) {
}
