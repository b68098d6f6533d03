package ru.edu.innovation.processes;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import ru.edu.innovation.processes.deadline.DeadlineProperties;
import ru.edu.innovation.processes.start.ApprovalProcessStarter;

/**
 * The approval chains as a library: the delegates the BPMN names, the process starter and the
 * deadlines, for the application that embeds the Camunda engine and the Axon command side.
 */
@AutoConfiguration
@ComponentScan
@EnableConfigurationProperties(DeadlineProperties.class)
public class ProcessesAutoConfiguration {

    /**
     * The starter runs in the transaction that stores the event, and a chain that cannot start must
     * undo the command: its errors propagate instead of being logged and skipped.
     */
    @Autowired
    void subscribeProcessStarter(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ApprovalProcessStarter.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(ApprovalProcessStarter.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
