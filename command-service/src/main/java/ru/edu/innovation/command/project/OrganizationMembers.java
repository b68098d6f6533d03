package ru.edu.innovation.command.project;

/** Who logs in for which organization, as the user store knows it. */
public interface OrganizationMembers {

    /** Whether {@code login} is a user of the organization {@code organizationId}. */
    boolean belongsTo(String login, String organizationId);
}
