package ru.edu.innovation.command.cluster;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.sql.Timestamp;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's job executor as several command-services share it: a job another node locked and then
 * died with is run by this node once the lock has expired, and a job whose lock is still current is
 * left to its owner.
 */
class JobFailoverIntegrationTest extends PostgresIntegrationTest {

    private static final String PROCESS = "Process_JobFailoverProbe";

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private TaskService tasks;

    @Test
    @DisplayName("a dead node's locked job is run by a surviving node once its lock expires; a live lock is respected")
    void deadNodesJobIsTakenOverAfterItsLockExpires() throws InterruptedException {
        BpmnModelInstance probe = Bpmn.createExecutableProcess(PROCESS)
                .startEvent()
                .intermediateCatchEvent("Timer_Later").timerWithDuration("PT1H")
                .userTask("Task_AfterTimer")
                .endEvent()
                .done();
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", probe).deploy();
        String deadNodes = runtime.startProcessInstanceByKey(PROCESS).getId();
        String liveNodes = runtime.startProcessInstanceByKey(PROCESS).getId();

        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        Timestamp due = new Timestamp(now.getTime() - Duration.ofMinutes(1).toMillis());
        lockTimer(deadNodes, "node-that-died", due, new Timestamp(now.getTime() - 1_000));
        lockTimer(liveNodes, "node-still-working", due, new Timestamp(now.getTime() + Duration.ofHours(1).toMillis()));

        // Within the acquisition's longest idle wait (max-wait) and a little more.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tasks.createTaskQuery().processInstanceId(deadNodes).count() == 0) {
            assertThat(System.nanoTime()).as("the dead node's timer ran on this node").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(tasks.createTaskQuery().processInstanceId(deadNodes).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_AfterTimer");

        Job stillLocked = management.createJobQuery().processInstanceId(liveNodes).singleResult();
        assertThat(stillLocked).as("the job a live node holds is left to it").isNotNull();
        assertThat(jdbc.queryForObject("SELECT lock_owner_ FROM act_ru_job WHERE id_ = ?", String.class,
                stillLocked.getId())).isEqualTo("node-still-working");
        assertThat(tasks.createTaskQuery().processInstanceId(liveNodes).count()).isZero();

        runtime.deleteProcessInstance(liveNodes, "test over");
        runtime.deleteProcessInstance(deadNodes, "test over");
    }

    /** What a node that acquired the process's timer job leaves in the job table: its name and lock expiry. */
    private void lockTimer(String processInstance, String owner, Timestamp due, Timestamp lockExpires) {
        int locked = jdbc.update("UPDATE act_ru_job SET lock_owner_ = ?, lock_exp_time_ = ?, duedate_ = ?"
                + " WHERE process_instance_id_ = ?", owner, lockExpires, due, processInstance);
        assertThat(locked).isEqualTo(1);
    }
}
