package ru.edu.innovation.command.project;

import ru.edu.innovation.api.plan.ActivityPlan;

record ActivityState(ActivityPlan plan, boolean fulfilled, boolean deviationRecorded) {

    ActivityState fulfil() {
        return new ActivityState(plan, true, deviationRecorded);
    }

    ActivityState withDeviation() {
        return new ActivityState(plan, fulfilled, true);
    }
}
