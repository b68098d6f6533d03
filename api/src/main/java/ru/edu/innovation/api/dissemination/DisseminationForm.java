package ru.edu.innovation.api.dissemination;

/** The form in which experience was shared (форма распространения опыта). */
public enum DisseminationForm {
    TALK,
    WEBINAR,
    MASTER_CLASS,
    SEMINAR,
    OPEN_LESSON,
    PUBLICATION,
    OTHER
}
