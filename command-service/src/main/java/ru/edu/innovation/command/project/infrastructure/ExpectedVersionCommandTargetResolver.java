package ru.edu.innovation.command.project.infrastructure;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import ru.edu.innovation.api.common.MetaDataKeys;

/**
 * Takes the target project from the command's {@code @TargetAggregateIdentifier} and the version
 * the client expects from the command's metadata, so commands stay plain records. Axon refuses a
 * command whose expected version is older than the stored one; the project checks it before its
 * rules ({@code InnovationProject#requireExpectedVersion}), so a stale version is what the client hears.
 */
public class ExpectedVersionCommandTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(MetaDataKeys.EXPECTED_VERSION);
        Long version = expected == null ? null : Long.valueOf(expected.toString());
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), version);
    }
}
