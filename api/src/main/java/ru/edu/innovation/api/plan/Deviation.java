package ru.edu.innovation.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Why a planned activity was not done as planned (причина отклонения) and the management actions taken, if any. */
public record Deviation(@NotBlank @Size(max = 4000) String reason,
                        @Size(max = 20) List<@Valid ManagementAction> managementActions) {

    public Deviation {
        managementActions = managementActions == null ? List.of() : List.copyOf(managementActions);
    }

    /** A deviation with one management action citing no act, as revision 1 recorded every deviation. */
    public Deviation(String reason, String managementAction) {
        this(reason, List.of(new ManagementAction(managementAction, null)));
    }
}
