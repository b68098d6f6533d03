package ru.edu.innovation.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;

/**
 * A rebuild was asked of a node while another query-service holds segments of the projections: a
 * rebuild resets every segment's token, which only the node holding their claims can do. 409 naming
 * the owner(s), so the operator asks that node (or stops it first).
 */
public class RebuildOnOtherNodeException extends ErrorResponseException {

    public RebuildOnOtherNodeException(List<String> owners, String thisNode) {
        super(HttpStatus.CONFLICT, problem(owners, thisNode), null);
    }

    private static ProblemDetail problem(List<String> owners, String thisNode) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Сегменты представлений обрабатывает другой узел (" + String.join(", ", owners)
                        + "): запустите перестроение на нём или остановите его");
        problem.setType(URI.create("urn:innovation:problem:rebuild-on-other-node"));
        problem.setTitle("Перестроение возможно только на узле-владельце");
        problem.setProperty("code", "REBUILD_ON_OTHER_NODE");
        problem.setProperty("owners", owners);
        problem.setProperty("thisNode", thisNode);
        return problem;
    }
}
