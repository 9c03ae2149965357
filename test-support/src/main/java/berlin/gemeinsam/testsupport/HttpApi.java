package berlin.gemeinsam.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for a service's REST API, as a browser or curl would call it. */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String language;

    private HttpApi(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        this.language = language;
    }

    public static HttpApi on(int port) {
        return new HttpApi("http://127.0.0.1:" + port, "de");
    }

    /** The same API, asking for answers in another language ({@code Accept-Language}). */
    public HttpApi inLanguage(String language) {
        return new HttpApi(baseUrl, language);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response post(String path, String jsonBody, String headerName, String headerValue) {
        return send(request(path).header("Content-Type", "application/json").header(headerName, headerValue)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body as JSON (a missing node where there is no body). */
    public record Response(int status, String contentType, String location, String text, JsonNode json) {

        Response(HttpResponse<String> response) {
            this(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.body() == null || response.body().isBlank()
                            ? JSON.missingNode() : JSON.readTree(response.body()));
        }

        public String field(String name) {
            JsonNode node = json.path(name);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }
}
