package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.problems.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what it refuses before any servlet sees the request (a malformed request line, a path
 * it will not decode): a problem in the caller's language instead of Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final ObjectProvider<Problems> problems;

    public ProblemReportValve(ObjectProvider<Problems> problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Problems texts = problems.getObject();
        ProblemDetail problem = texts.forStatus(HttpStatusCode.valueOf(status), texts.localeOf(request));
        problem.setInstance(Problems.instanceOf(request));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(texts.json(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("The error report could not be written", e);
        }
    }
}
