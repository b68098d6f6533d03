package ru.edu.innovation.query.web;

public class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException(String projectId) {
        super("Проекта " + projectId + " нет");
    }
}
