package ru.edu.innovation.query.pages;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccessDeniedException;
import ru.edu.innovation.query.web.ProjectNotFoundException;

import java.time.temporal.Temporal;

/**
 * The pages' errors as Russian pages with the right status, ahead of the read API's problem
 * details (which answer JSON): a person sees what went wrong and a way back, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ProjectNotFoundException.class)
    ModelAndView notFound(ProjectNotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "Проект не найден", e.getMessage());
    }

    @ExceptionHandler(ProjectAccessDeniedException.class)
    ModelAndView denied(ProjectAccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, "Нет доступа к проекту", e.getMessage());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ModelAndView invalid(InvalidQueryException e) {
        return page(HttpStatus.BAD_REQUEST, "Ошибка в адресе страницы", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        boolean date = e.getRequiredType() != null && Temporal.class.isAssignableFrom(e.getRequiredType());
        return page(HttpStatus.BAD_REQUEST, "Ошибка в адресе страницы", "«" + e.getValue() + "» не подходит для «"
                + e.getName() + "»" + (date ? ": ожидается дата в виде ГГГГ-ММ-ДД, например 2023-06-01" : ""));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, "Ошибка в адресе страницы", "Не указан параметр «" + e.getParameterName() + "»");
    }

    @ExceptionHandler({ConstraintViolationException.class, HandlerMethodValidationException.class})
    ModelAndView outOfRange(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "Ошибка в адресе страницы", "Номер страницы или другой параметр вне допустимых границ");
    }

    /** The documents' own not-found answers (a report the project does not have) keep their status and text. */
    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView errorResponse(ErrorResponseException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        String title = e.getBody().getTitle() == null ? "Ошибка" : e.getBody().getTitle();
        return page(status, title, e.getBody().getDetail());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("A page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
                "Страницу не удалось показать. Попробуйте позже; если ошибка повторится, сообщите администратору.");
    }

    private static ModelAndView page(HttpStatus status, String title, String detail) {
        ModelAndView page = new ModelAndView("pages/error", status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("reader", PageModel.current());
        return page;
    }
}
