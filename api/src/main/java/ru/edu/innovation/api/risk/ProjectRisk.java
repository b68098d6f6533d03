package ru.edu.innovation.api.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A risk of the running project and how it is to be overcome (возможные способы преодоления). */
public record ProjectRisk(@NotBlank @Size(max = 2000) String title, @Size(max = 4000) String mitigation) {
}
