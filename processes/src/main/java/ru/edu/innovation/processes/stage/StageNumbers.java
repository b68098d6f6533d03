package ru.edu.innovation.processes.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ru.edu.innovation.processes.task.ProcessTarget;

final class StageNumbers {

    private StageNumbers() {
    }

    static int of(DelegateExecution execution) {
        return ProcessTarget.of(execution).requireStageNumber();
    }
}
