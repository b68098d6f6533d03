package ru.edu.innovation.command.project.infrastructure;

import jakarta.validation.ConstraintViolation;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.kernel.ProjectRuleViolationException;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.web.FieldLabels;
import ru.edu.innovation.processes.task.CommandRefusals;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The project's refusals a reviewer sees in Tasklist when a task completion sends a command the
 * aggregate does not accept, or one that breaks the constraints a command from the web would be
 * checked against; anything else is a failure of the system and stays one.
 */
@Component
public class ProjectCommandRefusals implements CommandRefusals {

    @Override
    public Optional<String> reasonFor(Throwable failure) {
        if (failure instanceof ProjectRuleViolationException
                || failure instanceof ProjectAccessDeniedException
                || failure instanceof UnknownProjectPartException) {
            return Optional.of(failure.getMessage());
        }
        if (failure instanceof JSR303ViolationException invalid) {
            return Optional.of(invalid.getViolations().stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(ProjectCommandRefusals::described)
                    .distinct()
                    .collect(Collectors.joining("; ", "Данные решения не приняты: ", "")));
        }
        if (failure instanceof AggregateNotFoundException) {
            return Optional.of("Проект не найден");
        }
        return Optional.empty();
    }

    /** «label: message» when the field has a name a person knows, the message alone for a rule on a whole value. */
    private static String described(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String label = FieldLabels.of(path);
        return label.equals(path) ? violation.getMessage() : label + ": " + violation.getMessage();
    }
}
