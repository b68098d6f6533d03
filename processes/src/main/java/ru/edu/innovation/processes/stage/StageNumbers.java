package ru.edu.innovation.processes.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ru.edu.innovation.processes.ApprovalProcesses;

final class StageNumbers {

    private StageNumbers() {
    }

    static int of(DelegateExecution execution) {
        return ((Number) execution.getVariable(ApprovalProcesses.STAGE_NUMBER)).intValue();
    }
}
