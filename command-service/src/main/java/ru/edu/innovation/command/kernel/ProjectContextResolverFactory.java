package ru.edu.innovation.command.kernel;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Gives a member's handler the {@link ProjectContext} it acts in: the root of the aggregate whose
 * command or event is being handled. Registered with Axon through {@code META-INF/services}, so it
 * serves the application and the fixture tests alike.
 */
public class ProjectContextResolverFactory implements ParameterResolverFactory {

    private static final ParameterResolver<ProjectContext> ENCLOSING_PROJECT = new ParameterResolver<>() {
        @Override
        public ProjectContext resolveParameterValue(Message<?> message) {
            AnnotatedAggregate<?> aggregate = Scope.getCurrentScope();
            if (aggregate.getAggregateRoot() instanceof ProjectContext project) {
                return project;
            }
            throw new IllegalStateException("a ProjectContext is asked for outside a project");
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    };

    @Override
    public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return parameters[parameterIndex].getType() == ProjectContext.class ? ENCLOSING_PROJECT : null;
    }
}
