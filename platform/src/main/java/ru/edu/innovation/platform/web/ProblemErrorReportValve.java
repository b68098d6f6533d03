package ru.edu.innovation.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's answer to a request it refuses before any servlet sees it (a NUL or a broken escape in
 * the path, a method it does not serve, headers too large) as a problem detail instead of its HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        StandardProblems.Problem problem = StandardProblems.of(status);
        String json = "{\"type\":\"urn:innovation:problem:" + problem.code().toLowerCase().replace('_', '-')
                + "\",\"title\":\"" + problem.title() + "\",\"status\":" + status + ",\"detail\":\""
                + problem.detail() + "\",\"code\":\"" + problem.code() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing more to tell it.
        }
    }
}
