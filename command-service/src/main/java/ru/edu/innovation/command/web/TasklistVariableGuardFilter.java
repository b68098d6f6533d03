package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same guard as on {@code /engine-rest} for the engine API the Camunda webapps call (Tasklist
 * completes a task through {@code <webapp>/api/engine/engine/<name>/task/<id>/submit-form}), which is
 * a JAX-RS application of the webapps' own. Tasklist sends back every field of a form, so a field
 * the form only shows may come with any value here; variables the form does not have are refused.
 */
public class TasklistVariableGuardFilter extends OncePerRequestFilter {

    private final EngineRestVariableGuard guard;
    private final EngineRestProblems problems;
    private final Pattern enginePath;

    public TasklistVariableGuardFilter(EngineRestVariableGuard guard, EngineRestProblems problems, String webappPath) {
        this.guard = guard;
        this.problems = problems;
        this.enginePath = Pattern.compile(Pattern.quote(webappPath) + "/api/engine/engine/[^/]+/(.+)");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        Matcher path = enginePath.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches() || !("POST".equals(method) || "PUT".equals(method) || "DELETE".equals(method))) {
            chain.doFilter(request, response);
            return;
        }
        // Only a JSON body is read here; any other (a form, a multipart upload) stays unread for the servlet.
        String type = request.getContentType();
        byte[] body = type != null && type.toLowerCase().contains("json") ? request.getInputStream().readAllBytes() : null;
        JsonNode json = body != null && body.length > 0 ? guard.parse(body) : null;
        var refusal = guard.check(method, path.group(1), json, false);
        if (refusal.isPresent()) {
            Response problem = problems.problem(HttpStatus.BAD_REQUEST, refusal.get().code(), refusal.get().title(),
                    refusal.get().detail(), refusal.get().errors().isEmpty() ? null : refusal.get().errors());
            response.setStatus(problem.getStatus());
            response.setContentType(EngineRestProblems.PROBLEM_JSON);
            response.getOutputStream().write((byte[]) problem.getEntity());
            return;
        }
        chain.doFilter(body != null ? new ReadAgain(request, body) : request, response);
    }

    /** The request with its body, already read by the guard, to read again. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding != null ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
