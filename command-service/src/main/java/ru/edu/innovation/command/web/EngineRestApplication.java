package ru.edu.innovation.command.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * The Jersey application of Camunda's REST API ({@code /engine-rest}), in place of the one Camunda's
 * Spring Boot starter builds: the same resources and configuration, but every failure answered by
 * {@link EngineRestProblems} instead of Camunda's and Jackson's exception mappers (which pass the
 * engine's messages on), and every variable a user writes checked by {@link EngineRestVariableGuard}.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestApplication extends CamundaJerseyResourceConfig {

    private final EngineRestProblems problems;
    private final EngineRestVariableGuard guard;

    public EngineRestApplication(EngineRestProblems problems, EngineRestVariableGuard guard) {
        this.problems = problems;
        this.guard = guard;
    }

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> !ExceptionMapper.class.isAssignableFrom(type))
                .collect(Collectors.toSet()));
        register(JacksonFeature.withoutExceptionMappers());
    }

    @Override
    protected void registerAdditionalResources() {
        register(new ProblemMapper(problems));
        register(guard);
    }

    /** The one exception mapper of the application, so no other can be nearer to a failure's type. */
    @Priority(1)
    static final class ProblemMapper implements ExceptionMapper<Throwable> {

        private final EngineRestProblems problems;

        ProblemMapper(EngineRestProblems problems) {
            this.problems = problems;
        }

        @Override
        public jakarta.ws.rs.core.Response toResponse(Throwable failure) {
            return problems.toResponse(failure);
        }
    }
}
