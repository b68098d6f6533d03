package ru.edu.innovation.api.common;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

public record Contacts(@Size(max = 100) String phone, @Email @Size(max = 254) String email, @Size(max = 500) String website) {
}
