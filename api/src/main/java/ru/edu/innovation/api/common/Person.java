package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Person(@NotBlank @Size(max = 300) String fullName, @Size(max = 300) String position) {
}
