package ru.edu.innovation.api.common;

import jakarta.validation.constraints.Email;

public record Contacts(String phone, @Email String email, String website) {
}
