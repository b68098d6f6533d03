package ru.edu.innovation.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * The ids in a request's path and its query parameters are short and free of control characters
 * before any of them reaches a SQL statement; a refusal is a 400 VALIDATION_FAILED naming the
 * variable or parameter.
 */
public class PathAndParameterLimits implements HandlerInterceptor {

    private final int maxPathValueLength;
    private final int maxParameterLength;
    private final boolean lineBreaksAllowed;
    private final String title;

    public PathAndParameterLimits(int maxPathValueLength, int maxParameterLength, boolean lineBreaksAllowed,
                                  String title) {
        this.maxPathValueLength = maxPathValueLength;
        this.maxParameterLength = maxParameterLength;
        this.lineBreaksAllowed = lineBreaksAllowed;
        this.title = title;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
            path.forEach((name, value) -> check("адрес", String.valueOf(name), String.valueOf(value),
                    maxPathValueLength));
        }
        request.getParameterMap().forEach((name, values) -> {
            check("параметр", name, name, maxParameterLength);
            for (String value : values) {
                check("параметр", name, value, maxParameterLength);
            }
        });
        return true;
    }

    private void check(String where, String name, String value, int maxLength) {
        String refusal = TextLimits.refusal(value, maxLength, lineBreaksAllowed);
        if (refusal != null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.body(HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED", title, where + " " + ProblemDetailsBase.shown(name) + ": " + refusal), null);
        }
    }
}
