package ru.edu.innovation.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A local normative act. An act adopted has its date (and its number, where it has one); a draft
 * has neither until it is adopted ({@link AdoptNormativeActCommand}). Its purpose is given where
 * the documents state it.
 */
public record NormativeAct(@NotNull NormativeActKind kind, @Size(max = 100) String number, LocalDate date,
                           @NotBlank @Size(max = 1000) String title, @Size(max = 4000) String purpose) {

    @JsonIgnore
    @AssertTrue(message = "номер акта указывается вместе с датой его принятия; у проекта акта нет ни номера, ни даты")
    public boolean isNumberedWithDate() {
        return number == null || number.isBlank() || date != null;
    }

    /** The act as adopted on {@code adoption}'s date under its number. */
    public NormativeAct adopted(NormativeActAdoption adoption) {
        return new NormativeAct(kind, adoption.number(), adoption.date(), title, purpose);
    }
}
