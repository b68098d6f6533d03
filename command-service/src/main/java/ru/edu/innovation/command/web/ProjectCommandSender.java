package ru.edu.innovation.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.command.project.infrastructure.CommandValidation;
import ru.edu.innovation.command.security.InnovationUser;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a command on behalf of the authenticated user, in the role the endpoint acts in, with the
 * request's correlation id and the client's expected version, and turns the outcome into the
 * common answer. Failures propagate to the problem-details mapper.
 * <p>
 * Every command it sends is built around the request body its endpoint took as {@code @Valid}, so the
 * command is marked as one whose body is validated ({@link CommandValidation#BODY_VALIDATED}): the
 * gateway then checks only the command's own properties.
 */
@Component
public class ProjectCommandSender {

    private final CommandGateway commandGateway;

    public ProjectCommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public ResponseEntity<CommandResult> send(String projectId, Object command, Role actingAs, String ifMatch) {
        return send(projectId, command, actingAs, ifMatch, null, HttpStatus.OK);
    }

    public ResponseEntity<CommandResult> create(String projectId, Object command, Role actingAs, String ifMatch,
                                                String createdId) {
        return send(projectId, command, actingAs, ifMatch, createdId, HttpStatus.CREATED);
    }

    private ResponseEntity<CommandResult> send(String projectId, Object command, Role actingAs, String ifMatch,
                                               String createdId, HttpStatus status) {
        Map<String, Object> metaData = actorMetaData(actingAs);
        Long expectedVersion = parseIfMatch(ifMatch);
        if (expectedVersion != null) {
            metaData.put(MetaDataKeys.EXPECTED_VERSION, expectedVersion);
        }
        Object result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
        // A creating command answers with the new aggregate's id: its version is 0.
        long version = result instanceof Long newVersion ? newVersion : 0L;
        return ResponseEntity.status(status)
                .header(HttpHeaders.ETAG, "\"" + version + "\"")
                .body(new CommandResult(projectId, version, createdId));
    }

    private static Map<String, Object> actorMetaData(Role actingAs) {
        InnovationUser user = (InnovationUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(CommandValidation.BODY_VALIDATED, Boolean.TRUE);
        metaData.put(MetaDataKeys.USER_ID, user.userId());
        metaData.put(MetaDataKeys.ROLE, actingAs.name());
        if (user.organizationId() != null) {
            metaData.put(MetaDataKeys.ORGANIZATION_ID, user.organizationId());
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        }
        return metaData;
    }

    /** {@code If-Match: "3"} (or W/"3", or 3) expects version 3; no header expects nothing. */
    static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new InvalidExpectedVersionException(ifMatch);
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidExpectedVersionException(ifMatch);
        }
    }
}
