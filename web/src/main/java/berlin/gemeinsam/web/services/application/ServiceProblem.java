package berlin.gemeinsam.web.services.application;

import java.util.List;

/**
 * A service's refusal as the pages show it: the HTTP status, the problem's title and detail (RFC 9457) in the
 * reader's language, and the fields it names, each with its message. A service that cannot be reached is a 503
 * without fields.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> fields;

    public ServiceProblem(int status, String title, String detail, List<FieldProblem> fields) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = List.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean badInput() {
        return status == 400;
    }

    /** One field the service named, with what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
