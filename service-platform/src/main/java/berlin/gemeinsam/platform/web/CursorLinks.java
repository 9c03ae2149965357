package berlin.gemeinsam.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** The link to the next page of a list read on from a cursor. */
public final class CursorLinks {

    private CursorLinks() {
    }

    /** The same request from the next cursor on, as a path with its query. */
    public static String next(HttpServletRequest request, String nextCursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!parameter.getKey().equals("cursor")) {
                link.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
            }
        }
        return link.queryParam("cursor", nextCursor).encode().build().toUriString();
    }
}
