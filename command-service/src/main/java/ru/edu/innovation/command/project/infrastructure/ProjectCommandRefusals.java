package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import ru.edu.innovation.command.project.ProjectAccessDeniedException;
import ru.edu.innovation.command.project.ProjectRuleViolationException;
import ru.edu.innovation.command.project.UnknownProjectPartException;
import ru.edu.innovation.processes.task.CommandRefusals;

import java.util.Optional;

/**
 * The project's refusals a reviewer sees in Tasklist when a task completion sends a command the
 * aggregate does not accept; anything else is a failure of the system and stays one.
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
        if (failure instanceof AggregateNotFoundException) {
            return Optional.of("Проект не найден");
        }
        return Optional.empty();
    }
}
