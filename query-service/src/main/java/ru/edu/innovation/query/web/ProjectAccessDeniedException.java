package ru.edu.innovation.query.web;

public class ProjectAccessDeniedException extends RuntimeException {

    public ProjectAccessDeniedException() {
        super("Проект ведёт другая организация: школа видит только свои проекты");
    }
}
