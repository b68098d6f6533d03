package ru.edu.innovation.command.tasklist;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.innovation.processes.start.ReportDocumentLinks;

/** The reviewers' report forms link to the version's document at the read side's address Tasklist knows. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TasklistProperties.class)
public class ReportDocumentLinksConfiguration {

    @Bean
    public ReportDocumentLinks reportDocumentLinks(TasklistProperties properties) {
        return new ReportDocumentLinks(properties.readSideUrl());
    }
}
