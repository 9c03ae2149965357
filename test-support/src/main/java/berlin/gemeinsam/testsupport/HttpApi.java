package berlin.gemeinsam.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for a service's REST API, as a browser or curl would call it. */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String language;
    private final String bearerToken;

    private HttpApi(String baseUrl, String language, String bearerToken) {
        this.baseUrl = baseUrl;
        this.language = language;
        this.bearerToken = bearerToken;
    }

    /** The API of a service, called without a token. */
    public static HttpApi on(int port) {
        return new HttpApi("http://127.0.0.1:" + port, "de", null);
    }

    /** The same API, asking for answers in another language ({@code Accept-Language}). */
    public HttpApi inLanguage(String language) {
        return new HttpApi(baseUrl, language, bearerToken);
    }

    /** The same API, called with a bearer token. */
    public HttpApi withToken(String token) {
        return new HttpApi(baseUrl, language, token);
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

    /** Any request, with extra headers (e.g. a CORS preflight); a header given here replaces the default one. */
    public Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader);
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language);
        return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
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

    /** An answer: status, headers and the body, also as JSON (a missing node where it is none). */
    public record Response(int status, String contentType, String location, HttpHeaders headers,
                           String text, JsonNode json) {

        Response(HttpResponse<String> response) {
            this(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers(),
                    response.body(),
                    json(response));
        }

        private static JsonNode json(HttpResponse<String> response) {
            boolean isJson = response.headers().firstValue("Content-Type").filter(type -> type.contains("json"))
                    .isPresent();
            return isJson && !response.body().isBlank() ? JSON.readTree(response.body()) : JSON.missingNode();
        }

        public String field(String name) {
            JsonNode node = json.path(name);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }
}
