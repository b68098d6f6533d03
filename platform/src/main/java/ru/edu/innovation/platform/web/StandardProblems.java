package ru.edu.innovation.platform.web;

import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * The product's code, title and detail for refusals that Spring MVC or the servlet container make
 * before a controller runs (an unknown path, a method or media type not served …), by status.
 */
public final class StandardProblems {

    public record Problem(String code, String title, String detail) {
    }

    private StandardProblems() {
    }

    /**
     * Gives a problem that Spring MVC made for one of its own refusals the product's code, title and
     * detail; a problem the product made already carries its code and stays as it is.
     */
    public static void standardize(ProblemDetail problem, int status) {
        if (problem.getProperties() != null && problem.getProperties().containsKey("code")) {
            return;
        }
        Problem standard = of(status);
        problem.setType(URI.create("urn:innovation:problem:" + standard.code().toLowerCase().replace('_', '-')));
        problem.setTitle(standard.title());
        problem.setDetail(standard.detail());
        problem.setProperty("code", standard.code());
    }

    public static Problem of(int status) {
        return switch (status) {
            case 400 -> new Problem("MALFORMED_REQUEST", "Неверный формат запроса",
                    "Запрос не удалось разобрать: проверьте адрес, параметры, заголовки и тело");
            case 401 -> new Problem("UNAUTHENTICATED", "Требуется вход", "Войдите с логином и паролем (HTTP Basic)");
            case 403 -> new Problem("FORBIDDEN", "Недостаточно прав", "Ваша роль не позволяет выполнить это действие");
            case 404 -> new Problem("NOT_FOUND", "Не найдено", "По этому адресу ничего нет");
            case 405 -> new Problem("METHOD_NOT_ALLOWED", "Метод не поддерживается",
                    "Этот адрес не принимает запросы с таким методом HTTP");
            case 406 -> new Problem("NOT_ACCEPTABLE", "Формат ответа недоступен",
                    "Ответ бывает только в JSON (application/json или application/problem+json)");
            case 408 -> new Problem("REQUEST_TIMEOUT", "Запрос не получен вовремя", "Тело запроса не пришло вовремя");
            case 413 -> new Problem("PAYLOAD_TOO_LARGE", "Запрос слишком велик", "Тело запроса больше допустимого");
            case 414 -> new Problem("URI_TOO_LONG", "Адрес слишком длинный", "Адрес запроса длиннее допустимого");
            case 415 -> new Problem("UNSUPPORTED_MEDIA_TYPE", "Неподдерживаемый тип содержимого",
                    "Тело запроса, где оно нужно, принимается только как application/json в UTF-8");
            case 431 -> new Problem("HEADERS_TOO_LARGE", "Заголовки слишком велики", "Заголовки запроса больше допустимого");
            case 503 -> new Problem("SERVICE_UNAVAILABLE", "Сервис временно недоступен", "Повторите запрос позже");
            default -> status >= 500
                    ? new Problem("INTERNAL_ERROR", "Внутренняя ошибка",
                    "Запрос не выполнен из-за внутренней ошибки")
                    : new Problem("BAD_REQUEST", "Запрос не принят", "Запрос не может быть выполнен в таком виде");
        };
    }
}
