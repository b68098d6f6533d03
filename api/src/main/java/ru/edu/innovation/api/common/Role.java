package ru.edu.innovation.api.common;

/** Who acts. Each role is a group in the identity service shared by the API and Tasklist. */
public enum Role {
    SCHOOL,
    INSTITUTE,
    MINISTRY,
    AUDITOR,
    ADMIN
}
