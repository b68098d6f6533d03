package ru.edu.innovation.command.web;

class InvalidExpectedVersionException extends RuntimeException {

    InvalidExpectedVersionException(String header) {
        super("Заголовок If-Match должен содержать версию проекта, например \"3\", а не " + header);
    }
}
