package ru.edu.innovation.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container sends to {@code /error} (a failure in a filter, a body it could not
 * parse, a request no handler took) comes out as problem details too, never Spring Boot's default
 * error body. A request the container refused as unparseable (a form body with {@code %zz}) is the
 * client's fault: 400.
 */
@RestController
// Not an operation of the API: what the container forwards failures to.
@Hidden
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        // Asked for directly, /error is just an address without a page.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status >= 500 && isBadRequest(failure)) {
            status = 400;
        }
        if (status >= 500) {
            log.error("Request to {} failed outside the controllers",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        StandardProblems.Problem standard = StandardProblems.of(status);
        ProblemDetail problem = Problems.body(org.springframework.http.HttpStatus.valueOf(status), standard.code(),
                standard.title(), standard.detail());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"innovation\"");
        }
        return response.body(problem);
    }

    /**
     * Failures of parsing what the client sent (parameters, form bodies, encodings) or of Spring
     * Security's firewall refusing it (a NUL in a parameter's name), however deep.
     */
    private static boolean isBadRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("org.apache.tomcat.util.http.InvalidParameterException")
                    || cause instanceof org.springframework.security.web.firewall.RequestRejectedException
                    || cause instanceof java.nio.charset.CharacterCodingException
                    || cause instanceof org.springframework.web.util.InvalidUrlException
                    || cause instanceof org.springframework.util.InvalidMimeTypeException) {
                return true;
            }
        }
        return false;
    }
}
