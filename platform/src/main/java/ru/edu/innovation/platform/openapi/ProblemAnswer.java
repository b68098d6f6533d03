package ru.edu.innovation.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 4xx answer of an operation that its code decides, not its parameters, its {@code @PreAuthorize} or its kind: the
 * OpenAPI document lists it with the problem-details schema ({@link ProblemResponses}). springdoc's own
 * {@code @ApiResponse} would replace the success answer it derives from the return type.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemAnswer {

    /** The HTTP status, 4xx. */
    int status();

    /** When and with which {@code code}. */
    String description();
}
