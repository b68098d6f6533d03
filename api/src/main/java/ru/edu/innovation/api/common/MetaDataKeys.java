package ru.edu.innovation.api.common;

/** Keys of the metadata every stored event carries; readers of the history rely on these names. */
public final class MetaDataKeys {

    public static final String USER_ID = "userId";
    public static final String ORGANIZATION_ID = "organizationId";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String PROCESS_INSTANCE_ID = "processInstanceId";
    public static final String TASK_ID = "taskId";
    /** The client's expected aggregate version; read from command metadata, never stored on events. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /**
     * The organization a task's route names for the step a decision is taken on (the reviewing or the
     * deciding body), sent with the decision's command from the process; read from command metadata,
     * never stored on events.
     */
    public static final String ROUTED_BODY = "routedBody";
    /** SHA-256 (hex) over the previous event's hash and this event's canonical form. */
    public static final String HASH = "hash";

    private MetaDataKeys() {
    }
}
