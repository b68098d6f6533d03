package ru.edu.innovation.command.web;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link TasklistVariableGuardFilter} in front of the webapps' engine API. */
@Configuration(proxyBeanMethods = false)
public class EngineRestGuardConfiguration {

    @Bean
    public FilterRegistrationBean<TasklistVariableGuardFilter> tasklistVariableGuard(EngineRestVariableGuard guard,
                                                                                    EngineRestProblems problems,
                                                                                    CamundaBpmProperties camunda) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<TasklistVariableGuardFilter> registration =
                new FilterRegistrationBean<>(new TasklistVariableGuardFilter(guard, problems, webappPath));
        registration.setName("tasklist-variable-guard");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
    }
}
