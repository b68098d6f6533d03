package ru.edu.innovation.processes.routing;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chains routed before their history was granted per chain lost their readers when the role groups'
 * right on every process's history was withdrawn: once, on the first start after that change, each
 * running routed chain gets the grants it would get if it were routed today. The engine's property
 * {@value #DONE} records that it ran, so later starts do not query every chain again.
 */
@Component
public class RoutedHistoryBackfill implements ApplicationRunner {

    public static final String DONE = "innovation.routed-history-granted";
    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(RoutedHistoryBackfill.class);

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final ReviewRouting routing;
    private final RoutedHistoryReaders historyReaders;

    public RoutedHistoryBackfill(RuntimeService runtimeService, ManagementService managementService,
                                 ReviewRouting routing, RoutedHistoryReaders historyReaders) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.routing = routing;
        this.historyReaders = historyReaders;
    }

    @Override
    public void run(ApplicationArguments args) {
        backfill();
    }

    /** Grants the running routed chains their history readers, unless done before; how many chains it granted. */
    public int backfill() {
        if (managementService.getProperties().containsKey(DONE)) {
            return 0;
        }
        int granted = 0;
        for (int first = 0; ; first += PAGE) {
            List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            if (instances.isEmpty()) {
                break;
            }
            String[] instanceIds = instances.stream().map(ProcessInstance::getId).toArray(String[]::new);
            Map<String, Object> reviewerGroups = groups(ReviewRouting.REVIEWER_GROUP, instanceIds);
            Map<String, Object> deciderGroups = groups(ReviewRouting.DECIDER_GROUP, instanceIds);
            for (ProcessInstance instance : instances) {
                Object reviewerGroup = reviewerGroups.get(instance.getId());
                Object deciderGroup = deciderGroups.get(instance.getId());
                if (reviewerGroup == null || deciderGroup == null) {
                    continue;
                }
                try {
                    historyReaders.grant(instance.getId(), routing.historyReadersOf((String) reviewerGroup,
                            (String) deciderGroup, instance.getBusinessKey()));
                    granted++;
                } catch (NoRouteException | ProcessEngineException e) {
                    // One chain the route no longer resolves (or another node granting it at the same moment)
                    // must not keep the service from starting; its candidates still read their own tasks.
                    log.warn("The history of chain {} ({}) was not granted to its route: {}", instance.getId(),
                            instance.getBusinessKey(), e.getMessage());
                }
            }
        }
        managementService.setProperty(DONE, "true");
        if (granted > 0) {
            log.info("Granted the history of {} running routed chains to their bodies and supervisors", granted);
        }
        return granted;
    }

    /** The value of a routing variable of each of these chains that has it. */
    private Map<String, Object> groups(String variable, String[] instanceIds) {
        return runtimeService.createVariableInstanceQuery().variableName(variable).processInstanceIdIn(instanceIds)
                .list().stream().filter(value -> value.getValue() != null)
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue, (a, b) -> a));
    }
}
