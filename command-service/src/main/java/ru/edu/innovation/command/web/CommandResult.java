package ru.edu.innovation.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every command endpoint answers: the project, its version after the command (send it back
 * as {@code If-Match} to make sure nobody changed the project in between) and, where the command
 * created a part of the project (a report, an activity ...), that part's id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResult(String projectId, long version, String id) {
}
