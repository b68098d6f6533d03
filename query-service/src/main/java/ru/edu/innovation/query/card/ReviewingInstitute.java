package ru.edu.innovation.query.card;

/** The institute that reviews a project: the code of its organization and its name. */
public record ReviewingInstitute(String id, String name) {
}
