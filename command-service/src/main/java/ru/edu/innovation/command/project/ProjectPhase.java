package ru.edu.innovation.command.project;

/** Where a project stands in its lifecycle. */
enum ProjectPhase {
    DRAFT(true),
    /** submitted, waiting for the leader's signature */
    SUBMITTED(false),
    /** signed, waiting for the institute's expert review */
    SIGNED(false),
    /** approved by the institute, waiting for the ministry */
    EXPERT_APPROVED(false),
    /** returned for revision by the institute or the ministry: editable and submittable again */
    RETURNED(true),
    REJECTED(false),
    /** status assigned: the project runs */
    ACTIVE(false),
    REVOKED(false),
    COMPLETED(false);

    private final boolean editable;

    ProjectPhase(boolean editable) {
        this.editable = editable;
    }

    boolean isEditable() {
        return editable;
    }

    /** Before the institute has decided on the application (a return starts its review anew). */
    boolean isBeforeInstituteDecision() {
        return this == DRAFT || this == SUBMITTED || this == SIGNED || this == RETURNED;
    }

    boolean isClosed() {
        return this == REJECTED || this == REVOKED || this == COMPLETED;
    }
}
